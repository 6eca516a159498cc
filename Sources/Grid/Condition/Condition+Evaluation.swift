extension Condition {
    /// Evaluates the condition against the answers that currently count.
    ///
    /// A comparison on a question with no answer is false (so `not (q == yes)` holds when `q`
    /// was never answered). On list answers, `==` tests membership and `in` tests overlap.
    /// `and` and `or` stop at the first term that decides. Recursion only follows parentheses
    /// and `not`, whose depth the parser limits.
    public func evaluate(_ answer: (String) -> AnswerValue?) -> Bool {
        switch self {
        case .answered(let id):
            return answer(id) != nil
        case .not(let inner):
            return !inner.evaluate(answer)
        case .and(let terms):
            return terms.allSatisfy { $0.evaluate(answer) }
        case .or(let terms):
            return terms.contains { $0.evaluate(answer) }
        case .member(let id, let literals):
            guard let value = answer(id) else { return false }
            return literals.contains { Self.equals(value, $0) }
        case .compare(let id, let comparison, let literal):
            guard let value = answer(id) else { return false }
            return Self.compare(value, comparison, literal)
        }
    }

    private static func compare(_ value: AnswerValue, _ comparison: Comparison, _ literal: Literal) -> Bool {
        switch comparison {
        case .equal: return equals(value, literal)
        case .notEqual: return !equals(value, literal)
        default:
            guard case .number(let number) = value, case .number(let bound) = literal else { return false }
            switch comparison {
            case .less: return number < bound
            case .lessOrEqual: return number <= bound
            case .greater: return number > bound
            default: return number >= bound
            }
        }
    }

    private static func equals(_ value: AnswerValue, _ literal: Literal) -> Bool {
        switch (value, literal) {
        case (.bool(let bool), .bool(let expected)): return bool == expected
        case (.number(let number), .number(let expected)): return number == expected
        case (.text(let text), .text(let expected)): return text == expected
        case (.text(let text), .number(let expected)): return Double(text) == expected
        case (.list(let items), .text(let expected)): return items.contains(expected)
        default: return false
        }
    }
}
