import Grid

/// Writes the case book's parts in its format, one at a time: Markdown, each part after an
/// anchor (`<a id="…"></a>`, which the table of contents links to) and parts separated by a
/// rule; or one self-contained HTML file, the style sheet inline, each part a `<section>` with
/// its anchor, every word escaped by Plot, the document in the book's language.
struct BookRenderer: Sendable {
    let format: BookFormat
    let language: Language
    /// The title the HTML's `<title>` gives.
    let title: String

    /// What goes before the first part: the HTML's head and the opening of its body.
    var beginning: String { format == .html ? htmlFrame.beginning : "" }
    /// What goes after the last part.
    var ending: String { format == .html ? htmlFrame.ending : "" }
    /// What goes between two parts.
    var separator: String { format == .html ? "" : "\n---\n\n" }

    /// The end of a part written in pieces.
    var closing: String { format == .html ? Self.sectionEnd : "" }
}
