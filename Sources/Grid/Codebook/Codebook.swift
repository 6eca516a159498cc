/// The data dictionary of a grid's wide CSV: one entry per column, in the table's order.
///
/// The columns are `CSVWideWriter.columns` for the grid, so the codebook cannot name a column
/// the table lacks or miss one it has.
public struct Codebook: Sendable {
    public let grid: Grid
    /// The language of the descriptions of case and status columns and of yes/no labels.
    public let language: Language
    public let entries: [CodebookEntry]

    public init(grid: Grid, language: Language) {
        self.grid = grid
        self.language = language
        let numbers = Dictionary(grid.questions.enumerated().map { ($1.id, $0 + 1) }, uniquingKeysWith: { first, _ in first })
        var sections: [String: Section] = [:]
        for section in grid.sections {
            for question in section.questions where sections[question.id] == nil { sections[question.id] = section }
        }
        entries = CSVWideWriter(grids: [grid], options: CSVOptions(language: language)).columns.map { column in
            guard let question = column.question else { return Self.caseEntry(column.name, language: language) }
            let section = sections[question.id]
            var entry = CodebookEntry(
                column: column.name, kind: "answer", question: question.id, number: numbers[question.id],
                section: section?.id ?? "", text: question.text, label: question.displayLabel, type: question.type.rawValue,
                unit: question.unit ?? "", min: question.min, max: question.max,
                condition: Self.condition(section: section?.when, question: question.when), values: [])
            switch column.kind {
            case .status:
                entry.kind = "status"
                entry.type = "status"
                entry.text = CodebookWord.statusOf(question.displayLabel).text(in: language)
                entry.label = entry.text
                entry.unit = ""
                entry.min = nil
                entry.max = nil
                entry.values = QuestionStatus.allCases.map { CodebookValue(code: $0.rawValue, label: CodebookWord.status($0).text(in: language)) }
            case .answer, .caseField:
                entry.values = Self.values(of: question, language: language)
            }
            return entry
        }
    }

    /// The value labels of an answer column: choice ids, or `true`/`false` for yes/no.
    static func values(of question: Question, language: Language) -> [CodebookValue] {
        switch question.type {
        case .choice, .multichoice: return question.choices.map { CodebookValue(code: $0.id, label: $0.label) }
        case .yesno: return [CodebookValue(code: "true", label: RecordWord.yes.text(in: language)),
                             CodebookValue(code: "false", label: RecordWord.no.text(in: language))]
        default: return []
        }
    }

    /// The section's condition and the question's, joined with `and`.
    static func condition(section: Condition?, question: Condition?) -> String {
        [section, question].compactMap { $0.map(ConditionText.describe) }.joined(separator: " and ")
    }

    /// A case column: its description and kind of value.
    static func caseEntry(_ name: String, language: Language) -> CodebookEntry {
        let type: String
        var values: [CodebookValue] = []
        switch name {
        case "grid_version": type = "integer"
        case "total_seconds": type = "decimal"
        case "started", "ended": type = "datetime"
        case "status":
            type = "choice"
            values = [SessionState.Lifecycle.inProgress, .paused, .completed].map {
                CodebookValue(code: $0.rawValue, label: CodebookWord.lifecycle($0).text(in: language))
            }
        default: type = "text"
        }
        let text = CodebookWord.caseColumn(name).text(in: language)
        return CodebookEntry(column: name, kind: "case", question: "", number: nil, section: "", text: text, label: text, type: type,
                             unit: name == "total_seconds" ? "s" : "", min: nil, max: nil, condition: "", values: values)
    }
}
