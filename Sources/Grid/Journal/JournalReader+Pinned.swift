import Foundation

extension JournalReader {
    /// The header and the grid a journal follows, read cheaply: the events are decoded only
    /// when the journal records a move to another grid (`resume --grid`).
    public static func pinnedGrid(path: String) throws(JournalError) -> (header: JournalHeader, grid: String, sha256: String) {
        let data = try contents(of: path)
        guard contains(data, "\"event\":\"grid\"") else {
            let header = try JournalParser.header(data, path: path)
            return (header, header.grid, header.gridSHA256)
        }
        let parsed = try JournalParser.parse(data, path: path)
        let journal = Journal(header: parsed.header, entries: parsed.entries, path: path)
        let pinned = CaseGridResolver.pinnedGrid(of: journal)
        return (parsed.header, pinned.id, pinned.sha256)
    }

    /// Whether the bytes contain the ASCII text (`Data.range(of:)` is far slower).
    private static func contains(_ data: Data, _ text: StaticString) -> Bool {
        let needle = UnsafeBufferPointer(start: text.utf8Start, count: text.utf8CodeUnitCount)
        guard let first = needle.first else { return true }
        return data.withUnsafeBytes { (raw: UnsafeRawBufferPointer) -> Bool in
            let bytes = raw.bindMemory(to: UInt8.self)
            var index = 0
            while index + needle.count <= bytes.count {
                if bytes[index] == first {
                    var matched = true
                    for offset in 1..<needle.count where bytes[index + offset] != needle[offset] {
                        matched = false
                        break
                    }
                    if matched { return true }
                }
                index += 1
            }
            return false
        }
    }
}
