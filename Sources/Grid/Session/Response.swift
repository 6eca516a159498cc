import Foundation

/// The last thing recorded for a question: an answer, a skip or a special answer, and when.
public struct Response: Sendable, Equatable {
    /// What was recorded.
    public enum Kind: Sendable, Equatable {
        case answered(AnswerValue)
        case skipped
        case special(SpecialAnswer)
    }

    public var kind: Kind
    public var at: Date
    public var seconds: Double
    /// The words a number was said with (`plus de 200`), when it was.
    public var said: String?
    /// Its place among the journal's events (two events can share a millisecond).
    public var order = 0

    public init(_ kind: Kind, at: Date, seconds: Double = 0, said: String? = nil) {
        self.kind = kind
        self.at = at
        self.seconds = seconds
        self.said = said
    }

    /// The stored value, when this is an answer.
    public var value: AnswerValue? {
        if case .answered(let value) = kind { return value }
        return nil
    }
}
