import Foundation

extension JournalReader {
    /// The header and the grid a journal follows, read cheaply: the events are decoded only
    /// when the journal records a move to another grid (`resume --grid`).
    public static func pinnedGrid(path: String) throws(JournalError) -> (header: JournalHeader, grid: String, sha256: String) {
        let data = try contents(of: path)
        guard containsGridEvent(data) else {
            do {
                let header = try JournalParser.header(data, path: path)
                return (header, header.grid, header.gridSHA256)
            } catch .empty {
                throw emptiness(of: path)
            }
        }
        let parsed = try JournalParser.parse(data, path: path)
        let journal = Journal(header: parsed.header, entries: parsed.entries, path: path)
        let pinned = journal.pinnedGrid
        return (parsed.header, pinned.id, pinned.sha256)
    }

    /// Whether the bytes contain `"event":"grid"`: `memchr` finds each `g` (rare in journals,
    /// and the needle's tenth byte), then the bytes around it are compared.
    private static func containsGridEvent(_ data: Data) -> Bool {
        let needle: StaticString = "\"event\":\"grid\""
        let offset = 9  // of the `g` in the needle
        return data.withUnsafeBytes { (raw: UnsafeRawBufferPointer) -> Bool in
            guard let base = raw.baseAddress else { return false }
            var position = offset
            while position < raw.count, let found = memchr(base + position, Int32(UInt8(ascii: "g")), raw.count - position) {
                let index = base.distance(to: UnsafeRawPointer(found))
                let start = index - offset
                if start + needle.utf8CodeUnitCount <= raw.count, memcmp(base + start, needle.utf8Start, needle.utf8CodeUnitCount) == 0 {
                    return true
                }
                position = index + 1
            }
            return false
        }
    }
}
