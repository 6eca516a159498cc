import Grid

/// What the case book is made of, gathered in one pass over the cases: each publishable case's
/// fiche (rendered by `FicheRenderer`, as `export --format markdown` writes it, then into the
/// book's format on all cores, and set aside in a spill file), the cases left out for want of
/// consent to publication, the profile of the set (`CaseProfile`) and the themes coded in the
/// publishable cases that follow the book's grid (`ThemeTally`).
struct BookCollection {
    private(set) var fiches: [BookFiche] = []
    private(set) var unpublished: [String] = []
    private(set) var profile = CaseProfile()
    private(set) var themes: ThemeTally

    /// Reads every case of the catalogue, a batch at a time; fiches in `language`, else each
    /// case's grid language, their parts written by `renderer` into `spill` with the keys `order`
    /// reads; themes counted on `grid`'s codebook.
    init(_ catalogue: CaseCatalogue, grid bookGrid: Grid, language: Language?, renderer: BookRenderer, order: BookOrder,
         spill: SpillFile) throws {
        let themes = ThemeTally(grid: bookGrid)
        self.themes = themes
        try catalogue.renderInBatches(anonymise: false, render: { record, grid -> Rendered in
            // A fiche that will not be published is not rendered; its record is still counted apart.
            guard record.isPublishable(under: grid.grid.consent) else { return .leftOut }
            // The record's grid is already in the case's language (or --lang): as `export` writes it.
            let markdown = FicheRenderer(grid: grid.grid, language: language ?? grid.grid.language).render(record)
            let coded = grid.grid.id == bookGrid.id ? themes.layout.themes(of: record) : CaseThemes()
            return .fiche(BookFicheRendering(record: record, grid: grid.grid, markdown: markdown, renderer: renderer, order: order),
                          coded)
        }, write: { rendered, record in
            guard let position = catalogue.gridOfCase[record.caseID] else { return }
            // The grid in the record's language, so that the profile says what the fiche says.
            let grid = catalogue.grid(at: position, in: language ?? record.grid.language).grid
            profile.add(record, grid: grid)
            guard case .fiche(let rendering, let coded) = rendered else {
                unpublished.append(record.caseID)
                return
            }
            if grid.id == bookGrid.id { self.themes.add(coded) }
            fiches.append(rendering.spilled(to: spill))
        })
    }

    /// A case as rendered on one of the cores.
    private enum Rendered: Sendable {
        /// The fiche, and its coded segments when the case follows the book's grid.
        case fiche(BookFicheRendering, CaseThemes)
        /// No consent to publication: counted, not rendered.
        case leftOut
    }
}
