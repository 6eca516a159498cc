/// Writes a condition back in the condition language, for outlines and messages.
public enum ConditionText {
    public static func describe(_ condition: Condition) -> String {
        switch condition {
        case .answered(let id): return "answered(\(id))"
        case .compare(let id, let comparison, let literal): return "\(id) \(comparison.rawValue) \(describe(literal))"
        case .member(let id, let literals): return "\(id) in [" + literals.map(describe).joined(separator: ", ") + "]"
        case .not(let inner): return "not (\(describe(inner)))"
        case .and(let lhs, let rhs): return "(\(describe(lhs)) and \(describe(rhs)))"
        case .or(let lhs, let rhs): return "(\(describe(lhs)) or \(describe(rhs)))"
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
