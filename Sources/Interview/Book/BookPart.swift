/// A part of the case book other than a fiche: its anchor, its kind (which the HTML's style
/// sheet reads) and its Markdown.
struct BookPart: Sendable {
    enum Kind: String, Sendable {
        case titlePage = "title-page"
        case contents, profile, fiche, themes, annex
    }

    let anchor: String
    let kind: Kind
    let markdown: String
}
