extension SummaryDocument {
    /// The profile part of the Markdown.
    public func profileMarkdown(language: Language) -> String {
        profile.markdownText(language: language)
    }

    /// The themes heading line (`# Thèmes`), empty when there is no codebook.
    public func themesHeading(language: Language) -> String {
        hasThemes ? "\n# \(SummaryWord.themes.text(in: language))\n" : ""
    }

    /// Writes the themes tables (each grid's under its title when there are several), the codes
    /// the codebooks lack, then the agreement when asked, to `out` a line at a time.
    public func writeThemesMarkdown(language: Language, to out: (String) throws -> Void) throws {
        func line(_ text: String) throws { try out(text + "\n") }
        if hasThemes {
            for table in themes where !table.rows.isEmpty {
                if themes.count > 1 {
                    try line("")
                    try line("## \(MarkdownText.heading(table.grid.title ?? table.grid.id))")
                }
                try table.writeMarkdownLines(language: language, line)
            }
            let unknown = unknownCodes
            if !unknown.isEmpty {
                let list = unknown.keys.sorted(by: CaseProfile.precedes).map { "\(MarkdownText.inline($0)) (\(unknown[$0] ?? 0))" }
                try line("")
                try line(SummaryWord.unknownCodes(list.joined(separator: ", ")).text(in: language))
            }
        }
        for text in agreement?.markdownLines(language: language) ?? [] { try line(text) }
    }

    /// Writes the whole Markdown to `out`: profile, themes heading, themes, agreement.
    public func writeMarkdown(language: Language, to out: (String) throws -> Void) throws {
        try out(profileMarkdown(language: language) + themesHeading(language: language))
        try writeThemesMarkdown(language: language, to: out)
    }

    /// The whole Markdown in one string: for small summaries and tests.
    public func markdownText(language: Language) throws -> String {
        var text = ""
        try writeMarkdown(language: language) { text += $0 }
        return text
    }
}
