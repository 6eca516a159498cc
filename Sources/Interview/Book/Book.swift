import Grid

/// The case book: title page, table of contents, profile overview, the publishable fiches in
/// the order asked, the themes table and the grid as an annex — as Markdown or one HTML file.
struct Book: Sendable {
    /// The book's language: the `lang` of its HTML.
    let language: Language
    /// The title the HTML's `<title>` gives.
    let title: String
    let parts: [BookPart]

    /// The anchors of the parts other than the fiches.
    static let titleAnchor = "title-page", contentsAnchor = "contents", profileAnchor = "profile",
               themesAnchor = "themes", annexAnchor = "annex"

    /// The book as Markdown: each part after an anchor (`<a id="…"></a>`, which the table of
    /// contents links to), parts separated by a rule.
    var markdown: String {
        parts.map { "<a id=\"\($0.anchor)\"></a>\n\n" + $0.markdown }.joined(separator: "\n---\n\n")
    }
}
