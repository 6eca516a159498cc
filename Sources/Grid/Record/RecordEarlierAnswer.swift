/// What the journal last recorded for a question whose answer no longer counts, kept in the
/// case record so that nothing said disappears from the research data.
///
/// A question gets one when it became not applicable after it was answered (a `when` turned
/// false because an earlier answer changed, or a rank's source list emptied), or when a rank is
/// unanswered again because some of its ranked items left its source list. In JSON it is the
/// question's `earlier` member: `status` (`answered`, `skipped`, `dont_know`, `refused`), `value`
/// (when answered, typed as a counting answer is), `answered_at` and `seconds`.
public struct RecordEarlierAnswer: Sendable, Equatable, Codable {
    /// What was recorded: an answer, a skip, or a special answer.
    public var status: QuestionStatus
    /// The typed value, when it was an answer.
    public var value: RecordValue?
    /// The words the number was said with, as in `RecordQuestion.said`.
    public var said: String?
    public var answeredAt: String
    public var seconds: Double?

    private enum CodingKeys: String, CodingKey {
        case status, value, said
        case answeredAt = "answered_at"
        case seconds
    }

    public init(status: QuestionStatus, value: RecordValue?, answeredAt: String, seconds: Double?, said: String? = nil) {
        self.status = status
        self.value = value
        self.answeredAt = answeredAt
        self.seconds = seconds
        self.said = said
    }
}
