import Grid

/// One fiche of the case book: the Markdown `FicheRenderer` writes for the case, its blocks
/// (the HTML book writes the same structure), its title and kicker for the table of contents,
/// and what orders it.
struct BookFiche: Sendable {
    let caseID: String
    let markdown: String
    let blocks: [BookBlock]
    /// The fiche's title as it reads (its first level-1 heading), the case id when it has none.
    let title: String
    /// The line above the title (the grid's `kicker`), if any.
    let kicker: String?
    let keys: FicheSortKeys

    init(record: CaseRecord, grid: Grid, markdown: String) {
        caseID = record.caseID
        self.markdown = markdown
        blocks = MarkdownBlocks.parse(markdown)
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
    }

    /// The fiche's anchor in the book (case ids are `[a-z0-9._-]`, safe in an `id`).
    var anchor: String { "fiche-" + caseID }
}
