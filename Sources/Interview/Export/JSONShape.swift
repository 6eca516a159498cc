import Foundation

/// How `export` writes JSON records: decided by the command line, never by how many cases there are.
enum JSONShape: Equatable {
    /// One pretty object: `export CASE --format json`, one case named.
    case object
    /// One array of pretty records, `[]` when there is none: `--all` or several cases named.
    case array
    /// One compact record per line (JSON Lines): `--format jsonl`.
    case lines

    /// A pretty record as an array element: every line indented by two spaces (JSON strings
    /// hold no raw line break, so only the layout moves).
    static func indented(_ text: String) -> String {
        // Byte by byte: Foundation's replacingOccurrences made `--all --format json` six times slower.
        var bytes: [UInt8] = [0x20, 0x20]
        bytes.reserveCapacity(text.utf8.count + text.utf8.count / 8)
        for byte in text.utf8 {
            bytes.append(byte)
            if byte == 0x0A { bytes += [0x20, 0x20] }
        }
        return String(decoding: bytes, as: UTF8.self)
    }
}
