/// A `when` condition: decides from earlier answers whether a question or section applies.
public indirect enum Condition: Sendable, Equatable {
    /// A comparison operator of the condition language.
    public enum Comparison: String, Sendable, CaseIterable {
        case equal = "==", notEqual = "!=", less = "<", lessOrEqual = "<="
        case greater = ">", greaterOrEqual = ">="
    }

    /// A literal on the right of a comparison or inside `in [...]`.
    public enum Literal: Sendable, Equatable {
        case number(Double)
        case text(String)
        case bool(Bool)
    }

    case compare(question: String, Comparison, Literal)
    case member(question: String, [Literal])
    case answered(String)
    case not(Condition)
    case and(Condition, Condition)
    case or(Condition, Condition)

    /// The ids of the questions the condition reads, in order of appearance.
    public var questionIDs: [String] {
        switch self {
        case .compare(let id, _, _), .member(let id, _), .answered(let id): return [id]
        case .not(let inner): return inner.questionIDs
        case .and(let lhs, let rhs), .or(let lhs, let rhs): return lhs.questionIDs + rhs.questionIDs
        }
    }
}
