import Foundation

extension CoderAgreement {
    /// The agreement as Markdown: the cases both coded, then a table of each theme and code
    /// (codes indented) with the 2 × 2 counts, percent agreement and kappa, and the overall line.
    public func markdownLines(language: Language) -> [String] {
        let word = { (word: SummaryWord) in word.text(in: language) }
        var lines = ["", "# \(word(.agreementTitle(first: MarkdownText.inline(first), second: MarkdownText.inline(second))))", "",
                     word(.agreementUnits(cases: cases.count, texts: texts)), "",
                     "| \(word(.theme)) | \(word(.both)) | \(MarkdownText.inline(first)) | \(MarkdownText.inline(second)) | \(word(.neither)) | \(word(.percentAgreement)) | \(word(.kappa)) |",
                     "|---|---:|---:|---:|---:|---:|---:|"]
        func line(_ name: String, _ counts: AgreementCounts) -> String {
            "| \(name) | \(counts.both) | \(counts.firstOnly) | \(counts.secondOnly) | \(counts.neither) | "
                + "\(Self.percent(counts.observed, language)) | \(Self.kappa(counts.kappa, language)) |"
        }
        for row in rows {
            let name = MarkdownText.oneLine(row.label)
            lines.append(line(row.isTheme ? name : "— \(name)", row.counts))
        }
        lines.append(line("**\(word(.overall))**", overall))
        lines += ["", word(.kappaNote)]
        return lines
    }

    /// « 83,3 % » / "83.3%"; « — » without units.
    static func percent(_ share: Double?, _ language: Language) -> String {
        guard let share else { return "—" }
        let text = String(format: "%.1f", share * 100)
        return text.replacingOccurrences(of: ".", with: NumberMark.decimalMark.text(in: language)) + (language == .fr ? " %" : "%")
    }

    /// κ with two decimals (« 0,67 »), « — » when undefined.
    static func kappa(_ value: Double?, _ language: Language) -> String {
        guard let value else { return "—" }
        let text = String(format: "%.2f", value)
        return text.replacingOccurrences(of: ".", with: NumberMark.decimalMark.text(in: language))
    }
}
