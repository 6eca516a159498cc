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

    public init(_ kind: Kind, at: Date, seconds: Double = 0) {
        self.kind = kind
        self.at = at
        self.seconds = seconds
    }

    /// The stored value, when this is an answer.
    public var value: AnswerValue? {
        if case .answered(let value) = kind { return value }
        return nil
    }
}
