extension Codebook {
    /// The codebook as a Markdown table for people: column, question (number, label, text),
    /// type and unit, condition, values.
    public func markdownText() -> String {
        let word = { (word: CodebookWord) in word.text(in: self.language) }
        var lines = ["# " + Self.cell(word(.title(grid.title))), "",
                     "| " + [word(.headerColumn), word(.headerQuestion), word(.headerType), word(.headerCondition), word(.headerValues)]
                        .joined(separator: " | ") + " |",
                     "|---|---|---|---|---|"]
        for entry in entries {
            let number = entry.number.map { "\($0). " } ?? ""
            let question = entry.kind == "answer" && entry.label != entry.text
                ? "\(number)**\(Self.cell(entry.label))** — \(Self.cell(entry.text))" : number + Self.cell(entry.text)
            var type = entry.type + (entry.unit.isEmpty ? "" : " (\(Self.cell(entry.unit)))")
            if entry.min != nil || entry.max != nil {
                type += " [\(entry.min.map(CSVField.number) ?? "")–\(entry.max.map(CSVField.number) ?? "")]"
            }
            let values = entry.values.map { "`\($0.code)` \(Self.cell($0.label))" }.joined(separator: "<br>")
            let condition = entry.condition.isEmpty ? "" : "`\(entry.condition.replacingBars())`"
            lines.append("| `\(entry.column)` | \(question) | \(type) | \(condition) | \(values) |")
        }
        return lines.joined(separator: "\n") + "\n"
    }

    /// Text made safe in a table cell: one line, Markdown's special characters escaped.
    static func cell(_ text: String) -> String {
        var out = ""
        for character in CSVField.singleLine(text) {
            if "\\|*_[]<>`#".contains(character) { out.append("\\") }
            out.append(character)
        }
        return out
    }
}

private extension String {
    /// `|` would end a table cell even inside backticks.
    func replacingBars() -> String {
        split(separator: "|", omittingEmptySubsequences: false).joined(separator: "\\|")
    }
}
