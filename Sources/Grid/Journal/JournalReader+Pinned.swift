import Foundation

extension JournalReader {
    /// The header and the grid a journal follows, read cheaply: the events are decoded only
    /// when the journal records a move to another grid (`resume --grid`).
    public static func pinnedGrid(path: String) throws(JournalError) -> (header: JournalHeader, grid: String, sha256: String) {
        let data = try contents(of: path)
        guard data.range(of: Data("\"event\":\"grid\"".utf8)) != nil else {
            let header = try JournalParser.header(data, path: path)
            return (header, header.grid, header.gridSHA256)
        }
        let parsed = try JournalParser.parse(data, path: path)
        let journal = Journal(header: parsed.header, entries: parsed.entries, path: path)
        let pinned = CaseGridResolver.pinnedGrid(of: journal)
        return (parsed.header, pinned.id, pinned.sha256)
    }
}
