/// Writes a condition back in the condition language, for outlines and messages.
public enum ConditionText {
    /// The condition with every `and`, `or` and `not` in parentheses: `(a == 1 and b == 2)`.
    /// Recursion only follows the nesting the parser allowed; a chain of terms is joined in a loop.
    public static func describe(_ condition: Condition) -> String {
        switch condition {
        case .answered(let id): return "answered(\(id))"
        case .compare(let id, let comparison, let literal): return "\(id) \(comparison.rawValue) \(describe(literal))"
        case .member(let id, let literals): return "\(id) in [" + literals.map(describe).joined(separator: ", ") + "]"
        case .not(let inner): return "not (\(describe(inner)))"
        case .and(let terms): return "(" + terms.map(describe).joined(separator: " and ") + ")"
        case .or(let terms): return "(" + terms.map(describe).joined(separator: " or ") + ")"
        }
    }

    private static func describe(_ literal: Condition.Literal) -> String {
        switch literal {
        case .bool(let bool): return bool ? "yes" : "no"
        case .number(let number): return NumberText.plain(number, .en)
        case .text(let text): return text.contains(" ") ? "\"\(text)\"" : text
        }
    }
}
