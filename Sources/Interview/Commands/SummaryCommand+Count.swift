import Grid

extension SummaryCommand {
    /// Reads every case once and counts it: the profile of all, the themes and the coders'
    /// agreement over the publishable ones. Records are built, and their coded segments found,
    /// on all cores a batch at a time; they are counted here, in case order.
    func count(_ catalogue: CaseCatalogue) throws -> SummaryDocument {
        var profile = CaseProfile()
        var tallies: [(grid: Grid, tally: ThemeTally)] = []
        var coderAgreement: CoderAgreement?
        // One table per grid id, on the first version of that id the cases use: the segments of
        // every case of that id are found in its rows (the same in every language of the grid).
        var firstVersion: [String: Int] = [:]
        for (position, grid) in catalogue.distinctGrids.enumerated() where firstVersion[grid.id] == nil {
            firstVersion[grid.id] = position
        }
        let layouts = firstVersion.mapValues { ThemeLayout(grid: catalogue.distinctGrids[$0]) }
        let coder = coder
        // Only JSON and Markdown quote the segments; a CSV table or the chart needs their counts.
        let keepingWords = format == .json || format == .markdown
        try catalogue.renderInBatches(anonymise: false, render: { record, grid -> CaseThemes in
            guard record.isPublishable(under: grid.grid.consent) else { return CaseThemes() }
            return layouts[grid.grid.id]?.themes(of: record, coder: coder, keepingWords: keepingWords) ?? CaseThemes()
        }) { themes, record in
            guard let position = catalogue.gridOfCase[record.caseID] else { return }
            let grid = catalogue.grid(at: position, in: catalogue.textLanguage ?? record.grid.language).grid
            profile.add(record, grid: grid)
            // The same rule as the profile: only cases whose consent allows publication count.
            guard record.isPublishable(under: grid.consent), let first = firstVersion[grid.id] else { return }
            if !tallies.contains(where: { $0.grid.id == grid.id }) {
                // Its words in --lang, else in the language of the first case it counts.
                let tableGrid = catalogue.grid(at: first, in: catalogue.textLanguage ?? record.grid.language).grid
                tallies.append((tableGrid, ThemeTally(grid: tableGrid)))
            }
            if let index = tallies.firstIndex(where: { $0.grid.id == grid.id }) { tallies[index].tally.add(themes) }
            if agreement.count == 2, let first = tallies.first, first.grid.id == grid.id {
                if coderAgreement == nil {
                    coderAgreement = CoderAgreement(first: agreement[0], second: agreement[1], grid: first.grid, only: theme)
                }
                coderAgreement?.add(record)
            }
        }
        if agreement.count == 2, coderAgreement == nil, let grid = catalogue.distinctGrids.first {
            coderAgreement = CoderAgreement(first: agreement[0], second: agreement[1], grid: grid, only: theme)
        }
        let several = tallies.count > 1
        let themes = tallies.map { ThemeTable($0.tally, grid: $0.grid, only: theme, keyPrefix: several ? "\($0.grid.id)." : "") }
        return SummaryDocument(profile: profile, themes: themes, agreement: coderAgreement)
    }
}
