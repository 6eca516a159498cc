/// A lexical token of the condition language, with its 0-based offset in the expression.
struct ConditionToken: Equatable {
    enum Kind: Equatable {
        case word(String)
        case number(Double)
        case quoted(String)
        case comparison(Condition.Comparison)
        case openParen, closeParen, openBracket, closeBracket, comma
        case end
    }

    var kind: Kind
    var offset: Int
}
