extension CaseProfile {
    /// The profile as a long CSV table, one count a row: `question,option,label,count`.
    /// Numeric questions have rows `n`, `min`, `median`, `max`; every question a row `no_answer`.
    /// The set itself comes first, under `_cases`, `_excluded`, `_grid`, `_status`, `_interviewer`
    /// (a question id starts with a letter or digit). Grouped options add a row `_group` per group
    /// after the options: the group's name as label, the cases that chose any of its options as count.
    public func csvText(language: Language) -> String {
        var text = CSVField.line(["question", "option", "label", "count"], raw: false)
        func row(_ question: String, _ option: String, _ label: String, _ count: String) {
            text += CSVField.line([question, option, label, count], raw: false)
        }
        row("_cases", "", SummaryWord.cases.text(in: language), String(cases))
        row("_excluded", SummaryWord.excludedReason.text(in: language), SummaryWord.excluded(excluded).text(in: language), String(excluded))
        for (name, count) in byGrid.sorted(by: { Self.precedes($0.key, $1.key) }) { row("_grid", name, name, String(count)) }
        for (name, count) in byStatus.sorted(by: { Self.precedes($0.key, $1.key) }) {
            row("_status", name, Self.statusWord(name)?.text(in: language) ?? name, String(count))
        }
        for (name, count) in byInterviewer.sorted(by: { Self.precedes($0.key, $1.key) }) {
            row("_interviewer", name, name.isEmpty ? SummaryWord.noInterviewer.text(in: language) : name, String(count))
        }
        for question in questions(in: language) {
            let id = key(question)
            switch question.figures {
            case .options(let options):
                for option in options { row(id, option.id, option.label, String(option.count)) }
                for group in question.groups { row(id, "_group", group.label, String(group.count)) }
            case .numbers(let spread):
                row(id, "n", SummaryWord.answers.text(in: language), String(spread?.count ?? 0))
                if let spread {
                    row(id, "min", SummaryWord.minimum.text(in: language), CSVField.number(spread.min))
                    row(id, "median", SummaryWord.median.text(in: language), CSVField.number(spread.median))
                    row(id, "max", SummaryWord.maximum.text(in: language), CSVField.number(spread.max))
                }
            }
            row(id, "no_answer", SummaryWord.noAnswer.text(in: language), String(question.noAnswer))
        }
        return text
    }

    /// The word for a status as records write it.
    static func statusWord(_ status: String) -> SummaryWord? {
        switch SessionState.Lifecycle(rawValue: status) {
        case .completed: return .completed
        case .paused: return .paused
        case .inProgress: return .inProgress
        case nil: return nil
        }
    }
}
