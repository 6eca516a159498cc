/// The header as a journal's first line, written as `JournalEntry.jsonLine` writes events:
/// byte for byte what `JSONEncoder` with sorted keys and unescaped slashes writes.
extension JournalHeader {
    /// The header's JSON on one line, without the `\n`.
    public var jsonLine: [UInt8] {
        var json = JSONText(pretty: false)
        json.object { json in
            json.key("case"); json.string(caseID)
            json.key("grid"); json.string(grid)
            json.key("grid_sha256"); json.string(gridSHA256)
            json.key("grid_version"); json.number(gridVersion)
            json.field("interviewer", interviewer)
            json.key("journal_format"); json.number(format)
            json.key("language"); json.string(language.rawValue)
            json.key("program"); json.string(program)
            json.key("started"); json.string(started)
            json.key("uuid"); json.string(uuid)
        }
        return json.bytes
    }
}
