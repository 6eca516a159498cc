/// An answer that is not one: the respondent does not know, or declines to answer.
public enum SpecialAnswer: String, Sendable, Codable, CaseIterable {
    case dontKnow = "dont_know"
    case refused
}
