extension MarkdownText {
    /// The characters that would turn typed text into emphasis, code, a link, HTML, a table
    /// cell, TeX math or strike-through in CommonMark, GitHub and pandoc Markdown.
    static let inlineMarkup: Set<Character> = ["\\", "*", "_", "`", "[", "]", "<", ">", "|", "$", "~"]

    /// Typed text on one line, every character of inline Markdown escaped: it reads as typed.
    static func inline(_ text: String) -> String {
        var escaped = ""
        for character in oneLineVerbatim(text) {
            if inlineMarkup.contains(character) { escaped.append("\\") }
            escaped.append(character)
        }
        return escaped
    }

    /// Text on one line (newlines become spaces), in NFC, nothing escaped.
    static func oneLineVerbatim(_ text: String) -> String {
        text.precomposedCanonical
            .split(whereSeparator: \.isNewline)
            .map { $0.trimmingWhitespace }
            .filter { !$0.isEmpty }
            .joined(separator: " ")
    }
}
