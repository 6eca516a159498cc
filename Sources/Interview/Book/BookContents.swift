import Grid

/// The case book's table of contents: every fiche (its title and kicker) linked to its anchor,
/// then the profile, the themes table and the annex.
struct BookContents {
    let fiches: [BookFiche]
    /// The other parts, each with its anchor and title, in the order listed.
    let parts: [(anchor: String, title: String)]
    let language: Language

    var markdown: String {
        let heading = "# " + MarkdownEscaping.heading(BookWord.contents.text(in: language))
        let fiches = fiches.enumerated().map { index, fiche in
            "\(index + 1). [" + MarkdownEscaping.typed(fiche.title) + "](#\(fiche.anchor))"
                + (fiche.kicker.map { " — *" + MarkdownEscaping.typed($0) + "*" } ?? "")
        }
        let parts = parts.map { "- [" + MarkdownEscaping.typed($0.title) + "](#\($0.anchor))" }
        return ([heading] + [fiches.joined(separator: "\n"), parts.joined(separator: "\n")].filter { !$0.isEmpty })
            .joined(separator: "\n\n") + "\n"
    }
}
