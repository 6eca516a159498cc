import Foundation

/// A journal's raw bytes checked the way a crash may have left them: every complete line
/// (ended by `\n`) must be a JSON object; what follows the last `\n`, if anything, is a tail a
/// write may have been cut in.
struct JournalBytes {
    let data: Data
    /// The complete lines decoded, the header first.
    let lines: [[String: Any]]
    /// The bytes after the last `\n` (empty when the file ends with `\n`).
    let tail: Data
    /// 1-based numbers of complete lines that are not JSON objects (a corrupt middle line).
    let badLines: [Int]

    init(path: String) throws {
        data = try Data(contentsOf: URL(fileURLWithPath: path))
        var lines: [[String: Any]] = []
        var bad: [Int] = []
        var start = data.startIndex
        var number = 0
        while let newline = data[start...].firstIndex(of: UInt8(ascii: "\n")) {
            number += 1
            let line = data[start..<newline]
            if let object = try? JSONSerialization.jsonObject(with: line) as? [String: Any] {
                lines.append(object)
            } else {
                bad.append(number)
            }
            start = data.index(after: newline)
        }
        self.lines = lines
        badLines = bad
        tail = data[start...]
    }

    var events: [[String: Any]] { Array(lines.dropFirst()) }

    /// Whether the tail, if any, is not a complete JSON text: a torn last line.
    var tailIsTorn: Bool {
        !tail.isEmpty && (try? JSONSerialization.jsonObject(with: tail, options: [.fragmentsAllowed])) == nil
    }

    /// Whether some event has kind `event` about `question` and satisfies `test`.
    func contains(_ event: String, about question: String, where test: ([String: Any]) -> Bool = { _ in true }) -> Bool {
        events.contains { $0["event"] as? String == event && $0["question"] as? String == question && test($0) }
    }
}
