import Grid

/// Turns a grid into XLSForm sheets (survey, choices, settings): sections as groups, one label
/// and hint column per language, conditions as `relevant`, min/max as `constraint`, a list as
/// a repeat of one text field, yes/no as `select_one yes_no`. Grid types XLSForm lacks are
/// written as their nearest XLSForm type, with the grid type in the `interview_type` column.
struct XLSFormExporter {
    let grid: Grid

    /// The grid's languages, each with the grid localized to it.
    private var versions: [(language: Language, grid: Grid)] {
        grid.languages.map { ($0, grid.localized(to: $0)) }
    }

    private func columns(_ base: String) -> [String] {
        grid.languages.count == 1 ? [base] : grid.languages.map { "\(base)::\(FormLanguages.suffix(for: $0))" }
    }

    /// The three sheets, in order.
    var sheets: [(name: String, rows: [[String]])] {
        [("survey", survey), ("choices", choices), ("settings", settings)]
    }

    private var survey: [[String]] {
        var rows: [[String]] = [["type", "name"] + columns("label") + columns("hint") + ["required", "relevant", "constraint", "interview_type"]]
        let writer = XPathWriter(grid: grid)
        let localized = versions
        func texts(_ pick: (Grid) -> String?) -> [String] { localized.map { pick($0.grid) ?? "" } }
        for (sectionIndex, section) in grid.sections.enumerated() {
            rows.append(["begin group", section.id] + texts { $0.sections[sectionIndex].title } + texts { _ in nil }
                        + ["", section.when.map(writer.xpath) ?? "", "", ""])
            for (questionIndex, question) in section.questions.enumerated() {
                let label = texts { $0.sections[sectionIndex].questions[questionIndex].text }
                let hint = texts { $0.sections[sectionIndex].questions[questionIndex].help }
                let required = question.required ? "yes" : ""
                let relevant = question.when.map(writer.xpath) ?? ""
                if question.type == .list {
                    rows.append(["begin repeat", question.id] + label + texts { _ in nil } + ["", relevant, "", ""])
                    rows.append(["text", question.id + "_item"] + label + hint + [required, "", "", ""])
                    rows.append(["end repeat", ""] + texts { _ in nil } + texts { _ in nil } + ["", "", "", ""])
                    continue
                }
                let (type, marker) = xlsformType(question)
                rows.append([type, question.id] + label + hint + [required, relevant, constraint(question), marker])
            }
            rows.append(["end group", ""] + texts { _ in nil } + texts { _ in nil } + ["", "", "", ""])
        }
        return rows
    }

    private func xlsformType(_ question: Question) -> (String, String) {
        switch question.type {
        case .text: return ("text", "")
        case .integer: return ("integer", "")
        case .decimal: return ("decimal", "")
        case .date: return ("date", "")
        case .choice: return ("select_one \(question.id)", "")
        case .multichoice: return ("select_multiple \(question.id)", "")
        case .yesno: return ("select_one yes_no", "")
        case .year: return ("integer", "year")
        case .percent, .money: return ("decimal", question.type.rawValue)
        case .email, .phone, .url: return ("text", question.type.rawValue)
        case .rank: return ("text", ["rank", question.from, question.count.map(String.init)].compactMap { $0 }.joined(separator: " "))
        case .list: return ("text", "list")
        }
    }

    private func constraint(_ question: Question) -> String {
        var terms: [String] = []
        func number(_ value: Double) -> String { CSVField.number(value) }
        if let min = question.min { terms.append(". >= \(number(min))") }
        if let max = question.max { terms.append(". <= \(number(max))") }
        return terms.joined(separator: " and ")
    }

    private var choices: [[String]] {
        var rows: [[String]] = [["list_name", "name"] + columns("label")]
        let localized = versions
        var hasYesNo = false
        for question in grid.questions {
            if question.type == .yesno { hasYesNo = true }
            guard question.type == .choice || question.type == .multichoice else { continue }
            for choice in question.choices {
                rows.append([question.id, choice.id] + localized.map { $0.grid.question(id: question.id)?.choice(id: choice.id)?.label ?? choice.label })
            }
        }
        if hasYesNo {
            rows.append(["yes_no", "yes"] + grid.languages.map { YesNoWord.yes.text(in: $0) })
            rows.append(["yes_no", "no"] + grid.languages.map { YesNoWord.no.text(in: $0) })
        }
        return rows
    }

    private var settings: [[String]] {
        [["form_title", "form_id", "version", "default_language"],
         [grid.title, grid.id, String(grid.version), grid.languages.count > 1 ? FormLanguages.suffix(for: grid.language) : ""]]
    }
}
