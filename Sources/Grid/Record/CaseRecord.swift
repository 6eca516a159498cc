/// A case as a self-contained, versioned document: what `export --format json` writes.
public struct CaseRecord: Sendable, Equatable, Codable {
    /// The version of this record's shape (see `schemas/case-record.schema.json`).
    public static let currentFormat = 1

    /// The grid a case followed.
    public struct GridInfo: Sendable, Equatable, Codable {
        public var id: String
        public var version: Int
        public var sha256: String
        public var title: String
        public var language: Language
    }

    /// Who, when, how long, and where the interview stands.
    public struct InterviewInfo: Sendable, Equatable, Codable {
        public var interviewer: String?
        public var started: String
        public var ended: String?
        public var totalSeconds: Double
        public var pauses: Int
        public var status: SessionState.Lifecycle

        private enum CodingKeys: String, CodingKey {
            case interviewer, started, ended
            case totalSeconds = "total_seconds"
            case pauses, status
        }
    }

    /// A section of the grid with its questions.
    public struct RecordSection: Sendable, Equatable, Codable {
        public var id: String
        public var title: String
        public var label: String?
        public var questions: [RecordQuestion]
    }

    public var recordFormat: Int
    public var caseID: String
    public var uuid: String
    public var anonymised: Bool
    public var grid: GridInfo
    public var interview: InterviewInfo
    public var sections: [RecordSection]
    /// Notes and quotes taken when no question was on screen.
    public var notes: [RecordAnnotation]
    public var quotes: [RecordAnnotation]

    private enum CodingKeys: String, CodingKey {
        case recordFormat = "record_format"
        case caseID = "case"
        case uuid, anonymised, grid, interview, sections, notes, quotes
    }

    /// Every question in grid order.
    public var questions: [RecordQuestion] { sections.flatMap(\.questions) }

    /// The question with this id, if the record has it (anonymised records lack personal ones).
    public func question(_ id: String) -> RecordQuestion? {
        for section in sections {
            if let question = section.questions.first(where: { $0.id == id }) { return question }
        }
        return nil
    }
}
