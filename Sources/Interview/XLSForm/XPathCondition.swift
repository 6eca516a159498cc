import Foundation
import Grid

/// Translates an XLSForm `relevant` (XPath) into the grid's condition language: `${q} = 'x'`,
/// `selected(${q}, 'x')`, comparisons with numbers, `${q} != ''`, `and`, `or`, `not(…)`,
/// parentheses. Anything else gives nil: the caller reports it.
struct XPathCondition {
    /// What the translation needs to know of each question a condition names.
    struct Reference {
        var id: String
        /// Choice names → choice ids (renamed like the choices); empty for questions without choices.
        var choices: [String: String]
    }

    private var tokens: [String]
    private var position = 0
    private let references: [String: Reference]

    /// The condition text for `expression`, names replaced by ids; nil when it cannot be said.
    static func translate(_ expression: String, references: [String: Reference]) -> String? {
        guard let tokens = tokenize(expression) else { return nil }
        var parser = XPathCondition(tokens: tokens, references: references)
        guard let result = parser.disjunction(depth: 0), parser.position == tokens.count else { return nil }
        return result
    }

    private init(tokens: [String], references: [String: Reference]) {
        self.tokens = tokens
        self.references = references
    }

    private var next: String? { position < tokens.count ? tokens[position] : nil }

    private mutating func take(_ token: String) -> Bool {
        guard next == token else { return false }
        position += 1
        return true
    }

    private mutating func disjunction(depth: Int) -> String? {
        guard depth < 32, var terms = conjunction(depth: depth).map({ [$0] }) else { return nil }
        while take("or") {
            guard let term = conjunction(depth: depth) else { return nil }
            terms.append(term)
        }
        return terms.joined(separator: " or ")
    }

    private mutating func conjunction(depth: Int) -> String? {
        guard var terms = unary(depth: depth).map({ [$0] }) else { return nil }
        while take("and") {
            guard let term = unary(depth: depth) else { return nil }
            terms.append(term)
        }
        return terms.joined(separator: " and ")
    }

    private mutating func unary(depth: Int) -> String? {
        if take("not") {
            guard take("("), let inner = disjunction(depth: depth + 1), take(")") else { return nil }
            return "not (\(inner))"
        }
        if take("(") {
            guard let inner = disjunction(depth: depth + 1), take(")") else { return nil }
            return "(\(inner))"
        }
        if take("selected") {
            guard take("("), let reference = reference(), take(","), let value = literal(), take(")"),
                  case .text(let name) = value, let id = reference.choices[name] else { return nil }
            return "\(reference.id) == \(id)"
        }
        return comparison()
    }

    private mutating func comparison() -> String? {
        guard let reference = reference(), let op = next, ["=", "!=", "<", "<=", ">", ">="].contains(op) else { return nil }
        position += 1
        guard let value = literal() else { return nil }
        switch value {
        case .text(""):
            if op == "!=" { return "answered(\(reference.id))" }
            if op == "=" { return "not answered(\(reference.id))" }
            return nil
        case .text(let text):
            guard op == "=" || op == "!=" else { return nil }
            // A choice's id as it is (`yes`/`no` of a yes/no question read as its answer), or the text
            // written so that the grid's condition reader reads it back.
            let written = reference.choices.isEmpty ? ConditionLiteral.text(text) : reference.choices[text]
            guard let written else { return nil }
            return "\(reference.id) \(op == "=" ? "==" : "!=") \(written)"
        case .number(let number):
            return "\(reference.id) \(op == "=" ? "==" : op) \(number)"
        }
    }

    private enum Value { case text(String), number(String) }

    private mutating func reference() -> Reference? {
        guard let token = next, token.hasPrefix("${"), token.hasSuffix("}") else { return nil }
        position += 1
        return references[String(token.dropFirst(2).dropLast())]
    }

    private mutating func literal() -> Value? {
        guard let token = next else { return nil }
        if token.hasPrefix("'") || token.hasPrefix("\"") {
            position += 1
            return .text(String(token.dropFirst().dropLast()))
        }
        if Double(token) != nil {
            position += 1
            return .number(token)
        }
        return nil
    }

    /// The expression's tokens: `${name}`, quoted strings, numbers, words, operators, brackets.
    private static func tokenize(_ expression: String) -> [String]? {
        var tokens: [String] = []
        var scalars = Array(expression.unicodeScalars)
        scalars.append(" ")
        var index = 0
        while index < scalars.count {
            let scalar = scalars[index]
            if scalar == " " || scalar == "\t" || scalar == "\n" { index += 1; continue }
            let start = index
            if scalar == "$" {
                guard index + 1 < scalars.count, scalars[index + 1] == "{" else { return nil }
                while index < scalars.count, scalars[index] != "}" { index += 1 }
                guard index < scalars.count else { return nil }
                index += 1
            } else if scalar == "'" || scalar == "\"" {
                index += 1
                while index < scalars.count, scalars[index] != scalar { index += 1 }
                guard index < scalars.count else { return nil }
                index += 1
            } else if "()," .unicodeScalars.contains(scalar) {
                index += 1
            } else if "<>!=".unicodeScalars.contains(scalar) {
                index += 1
                if index < scalars.count, scalars[index] == "=" { index += 1 }
            } else if scalar.properties.isAlphabetic || ("0"..."9").contains(scalar) || scalar == "." || scalar == "-" || scalar == "_" {
                while index < scalars.count, scalars[index].properties.isAlphabetic || ("0"..."9").contains(scalars[index])
                        || scalars[index] == "." || scalars[index] == "-" || scalars[index] == "_" { index += 1 }
            } else {
                return nil
            }
            var text = ""
            text.unicodeScalars.append(contentsOf: scalars[start..<index])
            tokens.append(text)
        }
        return tokens
    }
}
