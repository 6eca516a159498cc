extension SummaryDocument {
    /// The summary as JSON, keys in byte order: `agreement` (when asked), the profile's members
    /// (`by_grid` … `profile`), `themes` and `unknown_codes`.
    public func jsonText(language: Language) -> String {
        var json = JSONText(pretty: true)
        json.object { json in
            if let agreement {
                json.key("agreement")
                agreement.write(into: &json, keyPrefix: agreementPrefix)
            }
            profile.writeMembers(into: &json, language: language)
            json.key("themes")
            json.array(themes.flatMap { table in table.rows.map { (table, $0) } }) { json, pair in pair.0.write(pair.1, into: &json) }
            json.key("unknown_codes")
            let unknown = unknownCodes
            json.object { json in
                for id in unknown.keys.sorted(by: CaseProfile.precedes) {
                    json.key(text: id)
                    json.number(unknown[id] ?? 0)
                }
            }
        }
        return json.text + "\n"
    }
}
