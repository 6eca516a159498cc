/// Where a question stands once relevance and piping are taken into account.
public enum QuestionStatus: String, Sendable, Codable, CaseIterable {
    case answered
    case skipped
    case dontKnow = "dont_know"
    case refused
    case notApplicable = "not_applicable"
    case unanswered

    /// Whether the interview still has to ask it.
    public var isOpen: Bool { self == .unanswered }
}
