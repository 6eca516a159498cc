extension MarkdownText {
    /// The characters that would turn typed text into emphasis, code, a link, HTML, a table
    /// cell, TeX math, strike-through, superscript or an entity in CommonMark, GitHub and pandoc Markdown.
    static let inlineMarkup: Set<Character> = ["\\", "*", "_", "`", "[", "]", "<", ">", "|", "$", "~", "^", "&"]

    /// Typed text on one line, every character of inline Markdown escaped: it reads as typed.
    static func inline(_ text: String) -> String {
        var escaped = ""
        let characters = Array(oneLineVerbatim(text))
        for (index, character) in characters.enumerated() {
            if inlineMarkup.contains(character) || (character == ":" && opensOtherScheme(characters, colonAt: index)) {
                escaped.append("\\")
            }
            escaped.append(character)
        }
        return escaped
    }

    /// Whether the `:` at `index` ends a scheme other than a web one (`javascript:`, `file:`):
    /// escaped, it cannot become a link even where bare addresses are (pandoc's
    /// `autolink_bare_uris`). A colon followed by a blank (`Mission: …`) is left alone.
    private static func opensOtherScheme(_ characters: [Character], colonAt index: Int) -> Bool {
        guard index + 1 < characters.count, !characters[index + 1].isWhitespace else { return false }
        var start = index
        while start > 0, characters[start - 1].isASCII, characters[start - 1].isLetter || characters[start - 1].isNumber || "+-.".contains(characters[start - 1]) {
            start -= 1
        }
        guard start < index, let scheme = WebAddress.scheme(of: String(characters[start...])) else { return false }
        return !WebAddress.linkSchemes.contains(scheme.lowercased())
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
