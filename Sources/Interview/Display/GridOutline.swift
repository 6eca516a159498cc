import Grid

/// A grid as an outline for the terminal: sections, numbered questions, types, conditions, ranks.
struct GridOutline {
    let grid: Grid
    let messages: Messages

    var text: String {
        let t = messages
        var lines = ["\(grid.title) (\(grid.id) v\(grid.version))"]
        var number = 0
        for section in grid.sections {
            lines.append("")
            var heading = "\(section.title)"
            if let when = section.when { heading += "  [" + t("si ", "if ") + ConditionText.describe(when) + "]" }
            lines.append(heading)
            for question in section.questions {
                number += 1
                var details = [question.type.rawValue]
                if question.required { details.append(t("obligatoire", "required")) }
                if let unit = question.unit { details.append(unit) }
                if question.type == .rank, let from = question.from {
                    details.append(t("classe \(question.count ?? 1) parmi \(from)", "ranks \(question.count ?? 1) of \(from)"))
                }
                if question.personal { details.append(t("personnel", "personal")) }
                if let when = question.when { details.append(t("si ", "if ") + ConditionText.describe(when)) }
                lines.append(String(format: "%4d. ", number) + "\(question.id) — \(question.text)")
                lines.append("        (" + details.joined(separator: ", ") + ")")
                if !question.choices.isEmpty {
                    lines.append("        " + question.choices.enumerated().map { "\($0.offset + 1). \($0.element.label)" }.joined(separator: " · "))
                }
            }
        }
        return TerminalText.safe(lines.joined(separator: "\n"), keepNewlines: true) + "\n"
    }
}
