extension SummaryDocument {
    /// The profile part of the Markdown.
    public func profileMarkdown(language: Language) -> String {
        profile.markdownText(language: language)
    }

    /// The themes heading line (`# Thèmes`), empty when there is no codebook.
    public func themesHeading(language: Language) -> String {
        hasThemes ? "\n# \(SummaryWord.themes.text(in: language))\n" : ""
    }

    /// The themes tables (each grid's under its title when there are several), the codes the
    /// codebooks lack, then the agreement when asked.
    public func themesMarkdown(language: Language) -> String {
        var lines: [String] = []
        if hasThemes {
            for table in themes where !table.rows.isEmpty {
                if themes.count > 1 { lines += ["", "## \(MarkdownText.heading(table.grid.title ?? table.grid.id))"] }
                lines += table.markdownLines(language: language)
            }
            let unknown = unknownCodes
            if !unknown.isEmpty {
                let list = unknown.keys.sorted(by: CaseProfile.precedes).map { "\(MarkdownText.inline($0)) (\(unknown[$0] ?? 0))" }
                lines += ["", SummaryWord.unknownCodes(list.joined(separator: ", ")).text(in: language)]
            }
        }
        if let agreement { lines += agreement.markdownLines(language: language) }
        return lines.isEmpty ? "" : lines.joined(separator: "\n") + "\n"
    }

    /// The whole Markdown: profile, themes heading, themes, agreement.
    public func markdownText(language: Language) -> String {
        profileMarkdown(language: language) + themesHeading(language: language) + themesMarkdown(language: language)
    }
}
