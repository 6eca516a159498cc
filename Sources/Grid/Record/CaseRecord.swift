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
    /// Markers dropped for the recording (`/repère`), in order.
    public var marks: [RecordMark]
    /// What the respondent consented to, when the grid names consent questions.
    public var consent: RecordConsent?
    /// The coded segments (`interview code`, `/code`), in grid order; a segment whose words an
    /// edit removed since it was coded is left out.
    public var codings: [RecordCoding] = []

    private enum CodingKeys: String, CodingKey {
        case recordFormat = "record_format"
        case caseID = "case"
        case uuid, anonymised, grid, interview, sections, notes, quotes, marks, consent, codings
    }

    public init(recordFormat: Int, caseID: String, uuid: String, anonymised: Bool, grid: GridInfo, interview: InterviewInfo,
                sections: [RecordSection], notes: [RecordAnnotation], quotes: [RecordAnnotation], marks: [RecordMark] = []) {
        self.recordFormat = recordFormat
        self.caseID = caseID
        self.uuid = uuid
        self.anonymised = anonymised
        self.grid = grid
        self.interview = interview
        self.sections = sections
        self.notes = notes
        self.quotes = quotes
        self.marks = marks
    }

    /// Reads a record; one written before markers existed has none.
    public init(from decoder: Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        self.init(recordFormat: try container.decode(Int.self, forKey: .recordFormat), caseID: try container.decode(String.self, forKey: .caseID),
                  uuid: try container.decode(String.self, forKey: .uuid), anonymised: try container.decode(Bool.self, forKey: .anonymised),
                  grid: try container.decode(GridInfo.self, forKey: .grid), interview: try container.decode(InterviewInfo.self, forKey: .interview),
                  sections: try container.decode([RecordSection].self, forKey: .sections),
                  notes: try container.decode([RecordAnnotation].self, forKey: .notes), quotes: try container.decode([RecordAnnotation].self, forKey: .quotes),
                  marks: try container.decodeIfPresent([RecordMark].self, forKey: .marks) ?? [])
        consent = try container.decodeIfPresent(RecordConsent.self, forKey: .consent)
        codings = try container.decodeIfPresent([RecordCoding].self, forKey: .codings) ?? []
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
