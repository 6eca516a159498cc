/// The fiche's Markdown escaping, for other documents built from case records (the case book):
/// typed text reads as typed, the grid's own text keeps its Markdown but not its unsafe links.
public enum MarkdownEscaping {
    /// Typed text on one line, every character of inline Markdown escaped.
    public static func typed(_ text: String) -> String {
        MarkdownText.inline(text)
    }

    /// The grid author's text on one line: its Markdown kept, links other than web links escaped.
    public static func authored(_ text: String) -> String {
        MarkdownText.oneLine(text)
    }

    /// A heading's text (the grid author's), with a trailing run of `#` escaped.
    public static func heading(_ text: String) -> String {
        MarkdownText.heading(text)
    }

    /// The grid author's Markdown in several lines, kept as it is written but for links other
    /// than web links, which are escaped.
    public static func authoredBlock(_ text: String) -> String {
        MarkdownText.withSafeLinks(text.precomposedCanonical)
    }

    /// Typed words quoted as the fiche quotes them (« … » in French, “…” in English), escaped.
    public static func quotation(_ text: String, language: Language) -> String {
        let words = FicheWords(language: language).quoteMarks
        return MarkdownText.inline(words.open + text + words.close)
    }
}
