import Grid

/// The case book's table of contents: every fiche (its title and kicker) linked to its anchor,
/// then the profile, the themes table and the annex — written entry by entry, the fiches'
/// entries read back from the spill file they were made into.
struct BookContents {
    let fiches: [BookFiche]
    /// The other parts, each with its anchor and title, in the order listed.
    let parts: [(anchor: String, title: String)]
    let language: Language

    /// The entry of a fiche, as a list item's Markdown: `[Title](#fiche-id) — *kicker*`.
    static func entry(title: String, kicker: String?, anchor: String) -> String {
        "[" + MarkdownEscaping.typed(title) + "](#\(anchor))" + (kicker.map { " — *" + MarkdownEscaping.typed($0) + "*" } ?? "")
    }

    /// Writes the part: its heading, the numbered fiches, the other parts; in Markdown the
    /// blocks separated by blank lines, ending with a newline.
    func write(renderer: BookRenderer, spill: SpillFile, to out: (String) throws -> Void) throws {
        try out(renderer.opening(anchor: Book.contentsAnchor, kind: .contents))
        try out(renderer.piece("# " + MarkdownEscaping.heading(BookWord.contents.text(in: language))))
        if !fiches.isEmpty {
            try out(renderer.listStart(ordered: true, after: "\n\n"))
            for (index, fiche) in fiches.enumerated() {
                let entry = String(decoding: try spill.read(fiche.entry), as: UTF8.self)
                try out(renderer.listItem(entry, marker: "\(index + 1). ", first: index == 0))
            }
            try out(renderer.listEnd(ordered: true))
        }
        let others = parts.map { "- [" + MarkdownEscaping.typed($0.title) + "](#\($0.anchor))" }
        if !others.isEmpty { try out(renderer.piece("\n\n" + others.joined(separator: "\n"))) }
        try out(renderer.piece("\n") + renderer.closing)
    }
}
