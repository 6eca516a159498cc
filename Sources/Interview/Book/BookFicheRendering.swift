import Grid

/// A fiche rendered for the book on one of the cores: the Markdown `FicheRenderer` writes for
/// the case, turned into the book's part (Markdown or an HTML section), with its entry in the
/// table of contents (its title and kicker) and its sort keys.
struct BookFicheRendering: Sendable {
    let caseID: String
    let keys: FicheSortKeys
    /// The part as the book prints it.
    let part: String
    /// The entry in the table of contents.
    let entry: String

    init(record: CaseRecord, grid: Grid, markdown: String, renderer: BookRenderer, order: BookOrder) {
        caseID = record.caseID
        let blocks = MarkdownBlocks.parse(markdown)
        let titleIndex = blocks.firstIndex { if case .heading(1, _) = $0 { true } else { false } }
        var title = record.caseID
        var kicker: String?
        if let titleIndex, case .heading(_, let text) = blocks[titleIndex] {
            title = BookInline.plainText(text)
            if titleIndex > 0, case .paragraph(let line) = blocks[titleIndex - 1] { kicker = BookInline.plainText(line) }
        }
        keys = FicheSortKeys(record: record, grid: grid, title: title, order: order)
        let anchor = BookFiche.anchor(of: record.caseID)
        part = renderer.part(anchor: anchor, kind: .fiche, markdown: markdown, blocks: blocks)
        entry = BookContents.entry(title: title, kicker: kicker, anchor: anchor)
    }

    /// The fiche for the order, its part and entry set aside in `spill`.
    func spilled(to spill: SpillFile) -> BookFiche {
        BookFiche(caseID: caseID, keys: keys, part: spill.append(Array(part.utf8)), entry: spill.append(Array(entry.utf8)))
    }
}
