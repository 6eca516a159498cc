/// A `when` condition: decides from earlier answers whether a question or section applies.
///
/// `and` and `or` hold all their terms side by side (`a and b and c` is one `and` of three
/// terms), so a long flat chain is a wide tree, not a deep one: no walk of a condition recurses
/// once per term. Only parentheses and `not` nest, and the parser limits how deep
/// (`ConditionParser.maximumDepth`).
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
    /// Every term holds (the parser gives two terms or more, in the order written).
    case and([Condition])
    /// At least one term holds (the parser gives two terms or more, in the order written).
    case or([Condition])
}
