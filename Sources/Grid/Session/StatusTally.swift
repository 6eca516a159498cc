/// How many relevant questions stand where: the one count the resume line, `list`, `/revoir`
/// and the end of an interview all say, so that they never disagree.
public struct StatusTally: Sendable, Equatable, Codable {
    public var answered = 0
    public var skipped = 0
    public var dontKnow = 0
    public var refused = 0
    /// Relevant questions not yet answered, skipped or given a special answer.
    public var open = 0

    public init(answered: Int = 0, skipped: Int = 0, dontKnow: Int = 0, refused: Int = 0, open: Int = 0) {
        self.answered = answered
        self.skipped = skipped
        self.dontKnow = dontKnow
        self.refused = refused
        self.open = open
    }

    /// The tally of these statuses; not applicable questions are not counted.
    public init(_ statuses: some Sequence<QuestionStatus>) {
        for status in statuses {
            switch status {
            case .answered: answered += 1
            case .skipped: skipped += 1
            case .dontKnow: dontKnow += 1
            case .refused: refused += 1
            case .unanswered: open += 1
            case .notApplicable: break
            }
        }
    }

    /// Relevant questions dealt with: answered, skipped, don't know or refused.
    public var done: Int { answered + skipped + dontKnow + refused }

    /// Relevant questions in all.
    public var relevant: Int { done + open }

    private enum CodingKeys: String, CodingKey {
        case answered, skipped
        case dontKnow = "dont_know"
        case refused, open
    }
}
