extension ThemeTable {
    /// The themes as Markdown: a heading per theme (`##`) and code (`###`), the sentence
    /// « 10 mentions par 7 entreprises », a line per section, and the coded segments as quotes.
    /// Each line goes to `line` as it is made: the quotes are read back from the tally's spool.
    public func writeMarkdownLines(language: Language, _ line: (String) throws -> Void) throws {
        let colon = RecordWord.colon.text(in: language)
        for row in rows {
            for text in ["", "\(row.isTheme ? "##" : "###") \(MarkdownText.heading(row.label))", ""] { try line(text) }
            try line(ThemeTally.sentence(mentions: row.mentions, cases: row.cases, grid: grid, language: language) + ".")
            if !row.bySection.isEmpty { try line("") }
            for count in row.bySection {
                let name = sectionName(count.section).map(MarkdownText.oneLine) ?? SummaryWord.betweenQuestions.text(in: language)
                try line("- \(name)\(colon) \(ThemeTally.sentence(mentions: count.mentions, cases: count.cases, grid: grid, language: language))")
            }
            // The quotes are made on all cores, a piece of the spool at a time.
            try row.segments.mapPieces(ownOnly: true, { segments in
                segments.map { Self.quote($0, language: language) }
            }) { quotes in
                for quote in quotes {
                    try line("")
                    try line(quote)
                }
            }
        }
    }

    /// `> « words » — Coop Alina, Mission`: typed words escaped, the case by its title or id.
    private static func quote(_ segment: ThemeSegment, language: Language) -> String {
        let words = MarkdownText.inline(segment.text)
        var source = MarkdownText.inline(segment.caseTitle ?? segment.caseID)
        if let label = segment.questionLabel { source += ", " + MarkdownText.oneLine(label) }
        if segment.part == .quote { source += " (\(SummaryWord.quoteTaken.text(in: language)))" }
        return "> « \(words) » — \(source)"
    }
}
