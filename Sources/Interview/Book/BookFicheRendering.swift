import Grid

/// A fiche rendered for the book on one of the cores: the Markdown `FicheRenderer` writes for
/// the case, turned into the book's part (Markdown or an HTML section), with the title, kicker
/// and sort keys read from it.
struct BookFicheRendering: Sendable {
    let caseID: String
    let title: String
    let kicker: String?
    let keys: FicheSortKeys
    /// The part as the book prints it.
    let part: String

    init(record: CaseRecord, grid: Grid, markdown: String, renderer: BookRenderer) {
        caseID = record.caseID
        let blocks = MarkdownBlocks.parse(markdown)
        let titleIndex = blocks.firstIndex { if case .heading(1, _) = $0 { true } else { false } }
        var title = record.caseID
        var kicker: String?
        if let titleIndex, case .heading(_, let text) = blocks[titleIndex] {
            title = BookInline.plainText(text)
            if titleIndex > 0, case .paragraph(let line) = blocks[titleIndex - 1] { kicker = BookInline.plainText(line) }
        }
        self.title = title
        self.kicker = kicker
        keys = FicheSortKeys(record: record, grid: grid, title: title)
        part = renderer.part(anchor: BookFiche.anchor(of: record.caseID), kind: .fiche, markdown: markdown, blocks: blocks)
    }

    /// The fiche for the table of contents and the order, its part set aside in `spill`.
    func spilled(to spill: SpillFile) -> BookFiche {
        BookFiche(caseID: caseID, title: title, kicker: kicker, keys: keys, extent: spill.append(Array(part.utf8)))
    }
}
