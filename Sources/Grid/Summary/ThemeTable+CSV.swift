extension ThemeTable {
    /// The header of the themes CSV: one row per theme or code and section, long.
    static let csvHeader = ["id", "kind", "label", "section", "section_label", "mentions", "cases"]

    /// The rows: for each theme and code, one row for all sections (`section` empty), then one
    /// per section it was mentioned in (`_none` for quotes taken between questions).
    func csvRows(language: Language) -> [[String]] {
        var result: [[String]] = []
        for row in rows {
            let kind = row.isTheme ? "theme" : "code"
            result.append([keyPrefix + row.id, kind, row.label, "", "", String(row.mentions), String(row.cases)])
            for count in row.bySection {
                result.append([keyPrefix + row.id, kind, row.label, Self.sectionKey(count.section),
                               sectionName(count.section) ?? SummaryWord.betweenQuestions.text(in: language),
                               String(count.mentions), String(count.cases)])
            }
        }
        return result
    }
}
