/// Splits a `when` expression into tokens.
struct ConditionLexer {
    private let characters: [Character]

    init(_ source: String) {
        characters = Array(source)
    }

    func tokens() throws(ConditionSyntaxError) -> [ConditionToken] {
        var tokens: [ConditionToken] = []
        var index = 0
        while index < characters.count {
            let character = characters[index]
            let start = index
            if character.isWhitespace {
                index += 1
                continue
            }
            switch character {
            case "(": tokens.append(.init(kind: .openParen, offset: start)); index += 1
            case ")": tokens.append(.init(kind: .closeParen, offset: start)); index += 1
            case "[": tokens.append(.init(kind: .openBracket, offset: start)); index += 1
            case "]": tokens.append(.init(kind: .closeBracket, offset: start)); index += 1
            case ",": tokens.append(.init(kind: .comma, offset: start)); index += 1
            case "=", "!", "<", ">":
                let next: Character? = index + 1 < characters.count ? characters[index + 1] : nil
                let pair = next == "=" ? String([character, "="]) : String(character)
                guard let comparison = Condition.Comparison(rawValue: pair) else {
                    throw ConditionSyntaxError(.unexpectedCharacter(character), at: start)
                }
                tokens.append(.init(kind: .comparison(comparison), offset: start))
                index += pair.count
            case "\"", "'":
                index += 1
                var text = ""
                while index < characters.count, characters[index] != character {
                    text.append(characters[index])
                    index += 1
                }
                guard index < characters.count else { throw ConditionSyntaxError(.unclosedQuote, at: start) }
                index += 1
                tokens.append(.init(kind: .quoted(text), offset: start))
            default:
                guard Self.isWordCharacter(character) else {
                    throw ConditionSyntaxError(.unexpectedCharacter(character), at: start)
                }
                var word = ""
                while index < characters.count, Self.isWordCharacter(characters[index]) {
                    word.append(characters[index])
                    index += 1
                }
                if let number = Double(word), word.first?.isNumber == true || word.first == "-" {
                    tokens.append(.init(kind: .number(number), offset: start))
                } else {
                    tokens.append(.init(kind: .word(word), offset: start))
                }
            }
        }
        tokens.append(.init(kind: .end, offset: characters.count))
        return tokens
    }

    static func isWordCharacter(_ character: Character) -> Bool {
        character.isLetter || character.isNumber || character == "_" || character == "-" || character == "."
    }
}
