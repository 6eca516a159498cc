import Grid

/// A grid as an outline for the terminal: sections, numbered questions, types, conditions, ranks.
struct GridOutline {
    let grid: Grid
    let language: Language

    var text: String {
        var lines = ["\(grid.title) (\(grid.id) v\(grid.version))"]
        var number = 0
        for section in grid.sections {
            lines.append("")
            var heading = "\(section.title)"
            if let when = section.when { heading += "  [" + word(.conditionIf) + ConditionText.describe(when) + "]" }
            lines.append(heading)
            for question in section.questions {
                number += 1
                lines.append(String(format: "%4d. ", number) + "\(question.id) — \(question.text)")
                lines.append("        (" + Self.details(of: question, language: language).joined(separator: ", ") + ")")
                if !question.choices.isEmpty {
                    lines.append("        " + question.choices.enumerated().map { "\($0.offset + 1). \($0.element.label)" }.joined(separator: " · "))
                }
            }
        }
        return TerminalText.safe(lines.joined(separator: "\n"), keepNewlines: true) + "\n"
    }

    /// What the outline says about a question: its type, whether it is required, its unit, what
    /// it ranks, whether it is personal and its condition (the case book's annex says the same).
    static func details(of question: Question, language: Language) -> [String] {
        let word = { (word: DisplayWord) in word.text(in: language) }
        var details = [question.type.rawValue]
        if question.required { details.append(word(.required)) }
        if let unit = question.unit { details.append(unit) }
        if question.type == .rank, let from = question.from {
            details.append(word(.ranks(count: question.count ?? 1, from: from)))
        }
        if question.personal { details.append(word(.personal)) }
        if let when = question.when { details.append(word(.conditionIf) + ConditionText.describe(when)) }
        return details
    }

    /// A word of the display in the interface language.
    private func word(_ word: DisplayWord) -> String {
        word.text(in: language)
    }
}
