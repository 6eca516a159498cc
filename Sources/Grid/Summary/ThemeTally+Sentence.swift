/// The counts of a theme as the case book words them.
extension ThemeTally {
    /// « 10 mentions par 7 entreprises », « 1 mention par 1 entreprise »: the cases named by the
    /// grid's `book.cases` words, `cas` / `case(s)` when it has none.
    public static func sentence(mentions: Int, cases: Int, grid: Grid, language: Language) -> String {
        let caseWord = cases == 1 || (language == .fr && cases == 0)
            ? grid.book.caseSingular ?? SummaryWord.caseSingular.text(in: language)
            : grid.book.casePlural ?? SummaryWord.casePlural.text(in: language)
        return SummaryWord.mentionsByCases(mentions: mentions, cases: cases, caseWord: caseWord).text(in: language)
    }
}
