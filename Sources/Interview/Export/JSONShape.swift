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
        "  " + text.replacingOccurrences(of: "\n", with: "\n  ")
    }
}
