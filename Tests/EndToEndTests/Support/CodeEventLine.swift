import Foundation

/// A `code` journal event written as `interview code` writes it (keys sorted: at, coder, codes,
/// end, event, index, part, question, start, text), for tests that code cases by appending lines.
enum CodeEventLine {
    /// The line coding `text` at `start` (in code points) of a question's answer, item or quote.
    static func make(question: String, part: String = "answer", index: Int? = nil, start: Int = 0, text: String,
                     codes: [String], coder: String) throws -> String {
        var event: [String: Any] = ["at": "2026-12-01T10:00:00.000Z", "coder": coder, "codes": codes,
                                    "end": start + text.unicodeScalars.count, "event": "code", "part": part,
                                    "question": question, "start": start, "text": text]
        if let index { event["index"] = index }
        let data = try JSONSerialization.data(withJSONObject: event, options: [.sortedKeys, .withoutEscapingSlashes])
        return String(decoding: data, as: UTF8.self)
    }

    /// Appends lines to a case's journal.
    static func append(_ lines: [String], to caseID: String, in environment: TestEnvironment) throws {
        let handle = try FileHandle(forWritingTo: URL(fileURLWithPath: "\(environment.responses)/\(caseID).jsonl"))
        defer { try? handle.close() }
        try handle.seekToEnd()
        try handle.write(contentsOf: Data(lines.map { $0 + "\n" }.joined().utf8))
    }
}
