extension ThemeTable {
    /// The themes as Markdown: a heading per theme (`##`) and code (`###`), the sentence
    /// « 10 mentions par 7 entreprises », a line per section, and the coded segments as quotes.
    public func markdownLines(language: Language) -> [String] {
        let colon = RecordWord.colon.text(in: language)
        var lines: [String] = []
        for row in rows {
            lines += ["", "\(row.isTheme ? "##" : "###") \(MarkdownText.heading(row.label))", ""]
            lines.append(ThemeTally.sentence(mentions: row.mentions, cases: row.cases, grid: grid, language: language) + ".")
            if !row.bySection.isEmpty { lines.append("") }
            for count in row.bySection {
                let name = sectionName(count.section).map(MarkdownText.oneLine) ?? SummaryWord.betweenQuestions.text(in: language)
                lines.append("- \(name)\(colon) \(ThemeTally.sentence(mentions: count.mentions, cases: count.cases, grid: grid, language: language))")
            }
            for segment in ownSegments(of: row) {
                lines += ["", quote(segment, language: language)]
            }
        }
        return lines
    }

    /// `> « words » — Coop Alina, Mission`: typed words escaped, the case by its title or id.
    private func quote(_ segment: ThemeSegment, language: Language) -> String {
        let words = MarkdownText.inline(segment.text)
        var source = MarkdownText.inline(segment.caseTitle ?? segment.caseID)
        if let label = segment.questionLabel { source += ", " + MarkdownText.oneLine(label) }
        if segment.part == .quote { source += " (\(SummaryWord.quoteTaken.text(in: language)))" }
        return "> « \(words) » — \(source)"
    }
}
