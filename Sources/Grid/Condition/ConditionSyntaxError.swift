/// Why a `when` expression could not be parsed, and where (0-based character offset).
public struct ConditionSyntaxError: Error, Sendable, Equatable {
    /// What went wrong, so the message can say what to write instead.
    public enum Reason: Sendable, Equatable {
        case unexpectedCharacter(Character)
        case unclosedQuote
        case expectedQuestion(found: String)
        case expectedOperator(after: String, found: String)
        case expectedValue(found: String)
        case expectedClosing(String, found: String)
        case trailing(String)
        case empty
        /// More than `limit` parentheses and `not` open at once.
        case tooDeep(limit: Int)
    }

    public var reason: Reason
    public var offset: Int

    public init(_ reason: Reason, at offset: Int) {
        self.reason = reason
        self.offset = offset
    }
}
