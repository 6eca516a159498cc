extension SummaryDocument {
    /// Writes the summary as JSON (UTF-8) to `out`, a piece at a time, keys in byte order: `agreement`
    /// (when asked), the profile's members (`by_grid` … `profile`), `themes` and `unknown_codes`.
    public func writeJSON(language: Language, to out: ([UInt8]) throws -> Void) throws {
        var json = JSONText(pretty: true)
        try json.object { json in
            if let agreement {
                json.key("agreement")
                agreement.write(into: &json, keyPrefix: agreementPrefix)
            }
            profile.writeMembers(into: &json, language: language)
            json.key("themes")
            try json.streamedArray { json in
                for table in themes {
                    for row in table.rows {
                        try json.element { try table.write(row, into: &$0, out: out) }
                    }
                }
            }
            json.key("unknown_codes")
            let unknown = unknownCodes
            json.object { json in
                for id in unknown.keys.sorted(by: CaseProfile.precedes) {
                    json.key(text: id)
                    json.number(unknown[id] ?? 0)
                }
            }
        }
        try json.drain(over: 0, to: out)
        try out([0x0A])
    }

    /// The whole JSON in one string: for small summaries and tests.
    public func jsonText(language: Language) throws -> String {
        var bytes: [UInt8] = []
        try writeJSON(language: language) { bytes += $0 }
        return String(decoding: bytes, as: UTF8.self)
    }
}
