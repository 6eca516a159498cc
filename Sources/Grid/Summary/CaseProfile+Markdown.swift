extension CaseProfile {
    /// The profile as Markdown: the set (grids, statuses, interviewers), then a table per question.
    public func markdownText(language: Language) -> String {
        let word = { (word: SummaryWord) in word.text(in: language) }
        var lines = ["# \(word(.title))", "", "\(word(.cases))\(RecordWord.colon.text(in: language)) \(cases)"]
        if excluded > 0 { lines += ["", word(.excluded(excluded))] }
        lines += [""] + Self.table(word(.grid), byGrid.sorted { Self.precedes($0.key, $1.key) }.map { ($0.key, $0.value) }, language: language)
        lines += [""] + Self.table(word(.status), byStatus.sorted { Self.precedes($0.key, $1.key) }.map {
            (Self.statusWord($0.key)?.text(in: language) ?? $0.key, $0.value)
        }, language: language)
        lines += [""] + Self.table(word(.interviewer), byInterviewer.sorted { Self.precedes($0.key, $1.key) }.map {
            ($0.key.isEmpty ? word(.noInterviewer) : Self.cell($0.key), $0.value)
        }, language: language)
        for question in questions(in: language) {
            lines += ["", "## \(Self.cell(question.label))", ""]
            switch question.figures {
            case .options(let options):
                let rows = options.map { (Self.cell($0.label), $0.count) } + [(word(.noAnswer), question.noAnswer)]
                lines += Self.table(word(.option), rows, language: language)
                lines += Self.groupLines(question.groups, options: options, language: language)
            case .numbers(let spread):
                lines += ["| \(word(.answers)) | \(word(.minimum)) | \(word(.median)) | \(word(.maximum)) | \(word(.noAnswer)) |",
                          "|---:|---:|---:|---:|---:|"]
                let figures = spread.map { [String($0.count), NumberText.format($0.min, language), NumberText.format($0.median, language), NumberText.format($0.max, language)] }
                    ?? ["0", "—", "—", "—"]
                lines.append("| " + (figures + [String(question.noAnswer)]).joined(separator: " | ") + " |")
            }
        }
        return lines.joined(separator: "\n") + "\n"
    }

    /// The sub-totals of grouped options under the table: « - Coopératives : 6 », then each of
    /// its options indented, « - dont Coopérative de solidarité : 3 ».
    private static func groupLines(_ groups: [GroupCount], options: [OptionCount], language: Language) -> [String] {
        guard !groups.isEmpty else { return [] }
        let colon = RecordWord.colon.text(in: language)
        var lines = [""]
        for group in groups {
            lines.append("- \(cell(group.label))\(colon) \(group.count)")
            for id in group.options {
                guard let option = options.first(where: { $0.id == id }) else { continue }
                lines.append("  - \(SummaryWord.ofWhich.text(in: language)) \(cell(option.label))\(colon) \(option.count)")
            }
        }
        return lines
    }

    /// A two-column table: a name and its count « sur N cas ».
    private static func table(_ heading: String, _ rows: [(String, Int)], language: Language) -> [String] {
        ["| \(heading) | \(SummaryWord.cases.text(in: language)) |", "|---|---:|"] + rows.map { "| \($0.0) | \($0.1) |" }
    }

    /// Text made safe for a table cell: no line breaks, no unescaped `|`.
    private static func cell(_ text: String) -> String {
        text.split(whereSeparator: \.isNewline).joined(separator: " ").replacingOccurrences(of: "|", with: "\\|")
    }
}
