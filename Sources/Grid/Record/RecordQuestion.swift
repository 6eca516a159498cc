/// One question of a case record with its status, typed value, notes and timing.
public struct RecordQuestion: Sendable, Equatable, Codable {
    public var id: String
    public var number: Int
    public var text: String
    public var label: String?
    public var type: QuestionType
    public var unit: String?
    public var personal: Bool
    public var status: QuestionStatus
    public var value: RecordValue?
    /// The words the number was said with, as typed (`plus de 200`, `1,5 million`), when there
    /// were more than the number and its unit; `value` holds the number.
    public var said: String?
    public var notes: [RecordAnnotation]
    public var quotes: [RecordAnnotation]
    public var answeredAt: String?
    public var seconds: Double?
    /// When the question was put on screen for the answer that counts, on the interview's clock
    /// (`HH:MM:SS` since the start, pauses left out): where the passage is in a recording.
    public var offset: String?
    /// The journal's last answer (or skip, special answer) when it no longer counts: status is
    /// then `not_applicable`, or `unanswered` for a rank whose ranked items left its source list.
    public var earlier: RecordEarlierAnswer?

    private enum CodingKeys: String, CodingKey {
        case id, number, text, label, type, unit, personal, status, value, said, notes, quotes
        case answeredAt = "answered_at"
        case seconds, earlier, offset
    }

    public init(id: String, number: Int, text: String, label: String?, type: QuestionType, unit: String?, personal: Bool,
                status: QuestionStatus, value: RecordValue?, notes: [RecordAnnotation], quotes: [RecordAnnotation],
                answeredAt: String?, seconds: Double?, earlier: RecordEarlierAnswer? = nil, said: String? = nil, offset: String? = nil) {
        self.id = id
        self.number = number
        self.text = text
        self.label = label
        self.type = type
        self.unit = unit
        self.personal = personal
        self.status = status
        self.value = value
        self.notes = notes
        self.quotes = quotes
        self.answeredAt = answeredAt
        self.seconds = seconds
        self.earlier = earlier
        self.said = said
        self.offset = offset
    }
}
