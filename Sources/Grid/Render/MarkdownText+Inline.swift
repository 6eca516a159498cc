extension MarkdownText {
    /// The characters that would turn typed text into emphasis, code, a link, HTML, a table
    /// cell, TeX math, strike-through, superscript or an entity in CommonMark, GitHub and pandoc Markdown.
    static let inlineMarkup: Set<Character> = ["\\", "*", "_", "`", "[", "]", "<", ">", "|", "$", "~", "^", "&"]

    /// Typed text on one line, every character of inline Markdown escaped: it reads as typed.
    static func inline(_ text: String) -> String {
        isPlainLine(text) ? text : escapedInline(text)
    }

    /// The bytes of `inlineMarkup`, and the colon a link scheme ends with.
    private static let plainBreakers: Set<UInt8> = Set(inlineMarkup.compactMap(\.asciiValue) + [UInt8(ascii: ":")])

    /// Whether `inline` would give the text back as it is: one line, no blank at its ends, in
    /// NFC, and nothing inline Markdown reads (most answers and quotes, read without a copy).
    static func isPlainLine(_ text: String) -> Bool {
        guard let first = text.unicodeScalars.first, let last = text.unicodeScalars.last else { return true }
        guard !first.isBlank, !last.isBlank else { return false }
        var previous: UInt8 = 0, beforePrevious: UInt8 = 0
        for byte in text.utf8 {
            // Control characters and newlines (NEL is C2 85; the line and paragraph separators E2 80 A8/A9).
            if byte < 0x20 || byte == 0x7F || plainBreakers.contains(byte) { return false }
            if previous == 0xC2, byte == 0x85 { return false }
            if beforePrevious == 0xE2, previous == 0x80, byte == 0xA8 || byte == 0xA9 { return false }
            beforePrevious = previous
            previous = byte
        }
        return text.isSurelyNFC
    }

    /// `inline` done character by character.
    static func escapedInline(_ text: String) -> String {
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
