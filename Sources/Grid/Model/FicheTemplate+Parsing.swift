extension FicheTemplate {
    /// Why a template cannot be read, and at which character of it.
    public struct SyntaxError: Error, Sendable, Equatable {
        public enum Kind: Sendable, Equatable {
            /// `{` with no `}` after it.
            case unclosedPlaceholder
            /// `{}` or `{ }`.
            case emptyPlaceholder
            /// `}` alone: a literal brace is written `}}`.
            case strayClosingBrace
            /// `{a b}`: a placeholder holds one question id.
            case invalidPlaceholder(String)
        }

        public var kind: Kind
        /// The character (0-based) where the problem starts.
        public var offset: Int
    }

    /// The template written in `source`, with the character offset of each placeholder.
    public static func parse(_ source: String) throws(SyntaxError) -> (template: FicheTemplate, offsets: [Int]) {
        var parts: [Part] = []
        var offsets: [Int] = []
        var text = ""
        let characters = Array(source)
        var index = 0
        while index < characters.count {
            let character = characters[index]
            let next = index + 1 < characters.count ? characters[index + 1] : nil
            switch (character, next) {
            case ("{", "{"?), ("}", "}"?):
                text.append(character)
                index += 2
            case ("}", _):
                throw SyntaxError(kind: .strayClosingBrace, offset: index)
            case ("{", _):
                guard let close = characters[(index + 1)...].firstIndex(of: "}") else {
                    throw SyntaxError(kind: .unclosedPlaceholder, offset: index)
                }
                let id = String(characters[(index + 1)..<close]).trimmingWhitespace
                guard !id.isEmpty else { throw SyntaxError(kind: .emptyPlaceholder, offset: index) }
                guard !id.contains(where: { $0.isWhitespace || $0 == "{" }) else {
                    throw SyntaxError(kind: .invalidPlaceholder(id), offset: index)
                }
                if !text.isEmpty { parts.append(.text(text)) }
                text = ""
                parts.append(.answer(id))
                offsets.append(index + 1)
                index = close + 1
            default:
                text.append(character)
                index += 1
            }
        }
        if !text.isEmpty { parts.append(.text(text)) }
        return (FicheTemplate(parts: parts), offsets)
    }
}
