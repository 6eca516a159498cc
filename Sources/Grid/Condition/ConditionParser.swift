/// Parses the condition language of `when`:
/// `q == yes`, `q != 3`, `q < 10`, `q in [a, b]`, `answered(q)`, `and`, `or`, `not`, parentheses.
///
/// A chain of `and` or `or` is read in a loop into one n-ary condition; only parentheses and
/// `not` recurse, and no more than `maximumDepth` of them may be open at once.
public struct ConditionParser {
    /// How many parentheses and `not` may be open at once: far more than a person writes, few
    /// enough that parsing, evaluating and describing the condition stay well within a thread's stack.
    public static let maximumDepth = 100

    private var tokens: [ConditionToken] = []
    private var index = 0
    /// How many parentheses and `not` enclose the current token.
    private var depth = 0

    public init() {}

    /// Parses one expression, or throws the first syntax error with its offset.
    public static func parse(_ source: String) throws(ConditionSyntaxError) -> Condition {
        var parser = ConditionParser()
        parser.tokens = try ConditionLexer(source).tokens()
        if case .end = parser.current.kind { throw ConditionSyntaxError(.empty, at: 0) }
        let condition = try parser.parseOr()
        guard case .end = parser.current.kind else {
            throw ConditionSyntaxError(.trailing(parser.current.display), at: parser.current.offset)
        }
        return condition
    }

    private var current: ConditionToken { tokens[min(index, tokens.count - 1)] }

    private mutating func advance() { index += 1 }

    private func isKeyword(_ keyword: String) -> Bool {
        if case .word(let word) = current.kind { return word.lowercased() == keyword }
        return false
    }

    private mutating func parseOr() throws(ConditionSyntaxError) -> Condition {
        var terms = [try parseAnd()]
        while isKeyword("or") {
            advance()
            terms.append(try parseAnd())
        }
        return terms.count == 1 ? terms[0] : .or(terms)
    }

    private mutating func parseAnd() throws(ConditionSyntaxError) -> Condition {
        var terms = [try parseUnary()]
        while isKeyword("and") {
            advance()
            terms.append(try parseUnary())
        }
        return terms.count == 1 ? terms[0] : .and(terms)
    }

    private mutating func parseUnary() throws(ConditionSyntaxError) -> Condition {
        if isKeyword("not") {
            try enter()
            let inner = try parseUnary()
            depth -= 1
            return .not(inner)
        }
        return try parsePrimary()
    }

    private mutating func parsePrimary() throws(ConditionSyntaxError) -> Condition {
        if case .openParen = current.kind {
            try enter()
            let inner = try parseOr()
            try expect(.closeParen, ")")
            depth -= 1
            return inner
        }
        guard case .word(let name) = current.kind, !Self.keywords.contains(name.lowercased()) else {
            throw ConditionSyntaxError(.expectedQuestion(found: current.display), at: current.offset)
        }
        advance()
        if name.lowercased() == "answered", case .openParen = current.kind {
            advance()
            guard case .word(let id) = current.kind else {
                throw ConditionSyntaxError(.expectedQuestion(found: current.display), at: current.offset)
            }
            advance()
            try expect(.closeParen, ")")
            return .answered(id)
        }
        switch current.kind {
        case .comparison(let comparison):
            advance()
            return .compare(question: name, comparison, try parseLiteral())
        case .word(let word) where word.lowercased() == "in":
            advance()
            return .member(question: name, try parseList())
        default:
            throw ConditionSyntaxError(.expectedOperator(after: name, found: current.display), at: current.offset)
        }
    }

    private mutating func parseList() throws(ConditionSyntaxError) -> [Condition.Literal] {
        try expect(.openBracket, "[")
        var literals: [Condition.Literal] = []
        if case .closeBracket = current.kind {
            advance()
            return literals
        }
        while true {
            literals.append(try parseLiteral())
            if case .comma = current.kind {
                advance()
                continue
            }
            try expect(.closeBracket, "]")
            return literals
        }
    }

    private mutating func parseLiteral() throws(ConditionSyntaxError) -> Condition.Literal {
        let token = current
        switch token.kind {
        case .number(let number):
            advance()
            return .number(number)
        case .quoted(let text):
            advance()
            return .text(text)
        case .word(let word) where !Self.keywords.contains(word.lowercased()):
            advance()
            switch word.lowercased() {
            case "yes", "oui", "true": return .bool(true)
            case "no", "non", "false": return .bool(false)
            default: return .text(word)
            }
        default:
            throw ConditionSyntaxError(.expectedValue(found: token.display), at: token.offset)
        }
    }

    /// Steps over a `not` or an opening parenthesis, one level deeper; refused on the level past
    /// `maximumDepth`, at that token.
    private mutating func enter() throws(ConditionSyntaxError) {
        guard depth < Self.maximumDepth else {
            throw ConditionSyntaxError(.tooDeep(limit: Self.maximumDepth), at: current.offset)
        }
        depth += 1
        advance()
    }

    private mutating func expect(_ kind: ConditionToken.Kind, _ text: String) throws(ConditionSyntaxError) {
        guard current.kind == kind else {
            throw ConditionSyntaxError(.expectedClosing(text, found: current.display), at: current.offset)
        }
        advance()
    }

    private static let keywords: Set<String> = ["and", "or", "not", "in"]
}

extension ConditionToken {
    /// How the token reads in an error message.
    var display: String {
        switch kind {
        case .word(let word): return word
        case .number(let number): return NumberText.plain(number, .en)
        case .quoted(let text): return "\"\(text)\""
        case .comparison(let comparison): return comparison.rawValue
        case .openParen: return "("
        case .closeParen: return ")"
        case .openBracket: return "["
        case .closeBracket: return "]"
        case .comma: return ","
        case .end: return ""
        }
    }
}
