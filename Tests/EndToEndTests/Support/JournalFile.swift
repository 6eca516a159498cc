import Foundation

/// A case's journal (`responses/<case>.jsonl`) read back by a test: the header and the events.
struct JournalFile {
    /// The raw bytes of the file.
    let data: Data
    /// Every line decoded as a JSON object, the header first.
    let lines: [[String: Any]]

    /// Path of the journal of `caseID` in `environment`.
    static func path(_ environment: TestEnvironment, _ caseID: String) -> String {
        URL(fileURLWithPath: environment.responses).appendingPathComponent("\(caseID).jsonl").path
    }

    /// Reads the journal of `caseID`; throws when it is missing or a line is not a JSON object.
    init(_ environment: TestEnvironment, _ caseID: String) throws {
        data = try Data(contentsOf: URL(fileURLWithPath: Self.path(environment, caseID)))
        lines = try data.split(separator: UInt8(ascii: "\n")).map { line in
            guard let object = try JSONSerialization.jsonObject(with: Data(line)) as? [String: Any] else {
                throw JournalFileError.notAnObject(String(decoding: line, as: UTF8.self))
            }
            return object
        }
    }

    var header: [String: Any] { lines.first ?? [:] }
    var events: [[String: Any]] { Array(lines.dropFirst()) }
    /// The `event` field of each event, in order.
    var kinds: [String] { events.map { $0["event"] as? String ?? "?" } }

    /// The value of the last `answer` event about `question`, if any.
    func lastAnswer(_ question: String) -> Any? {
        events.last { $0["event"] as? String == "answer" && $0["question"] as? String == question }?["value"]
    }

    /// The last event of any kind about `question` (`question` field), if any.
    func lastEvent(about question: String) -> [String: Any]? {
        events.last { $0["question"] as? String == question }
    }

    /// The ids of the questions with at least one `answer` event.
    var answeredQuestions: Set<String> {
        Set(events.filter { $0["event"] as? String == "answer" }.compactMap { $0["question"] as? String })
    }

    enum JournalFileError: Error {
        case notAnObject(String)
    }
}
