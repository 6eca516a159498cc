/// The wide CSV: one header line, then one line per case, written case by case so memory stays flat.
///
/// Columns (`columns`): `case, uuid, grid, grid_version, status, interviewer, started, ended,
/// total_seconds`, then for each question two columns, `<id>` and `<id>_status` — the union of
/// the questions of every grid involved, in grid order (the first grid's questions, then those
/// only later grids have, in their order).
///
/// The answer cell is for machines unless `labels`: number questions hold only a plain number
/// (`5000000`, `1.5`: `.` as decimal mark, no grouping, no unit) or nothing; yes/no holds
/// `true`/`false`; a choice its id; a list, multichoice (ids) or rank its items in order, one
/// per line inside the quoted cell (an item is one line: line breaks in an item become spaces).
/// Under `labels`, choices hold their labels and yes/no `Oui`/`Non` (`Yes`/`No`).
/// The status cell holds the record's status code whatever the language (`answered`,
/// `skipped`, `dont_know`, `refused`, `not_applicable`, `unanswered`); both cells are empty
/// when the case's grid lacks the question.
public struct CSVWideWriter: Sendable {
    /// The columns before the questions.
    public static let caseColumns = ["case", "uuid", "grid", "grid_version", "status", "interviewer", "started", "ended", "total_seconds"]
    /// Between the items of a list, multichoice or rank: a line break inside the quoted cell.
    public static let separator = "\n"

    public let options: CSVOptions
    /// Every column, in order: the case columns, then each question's answer and status.
    public let columns: [CSVColumn]
    /// The question ids of the question columns, in order.
    public let questionIDs: [String]
    /// The position in `columns` of each question's answer column (its status is the next one).
    private let answerColumn: [String: Int]

    public init(grids: [Grid], options: CSVOptions) {
        self.options = options
        var seen: Set<String> = []
        var columns = Self.caseColumns.map { CSVColumn(name: $0, kind: .caseField) }
        var ids: [String] = []
        var positions: [String: Int] = [:]
        for grid in grids {
            for question in grid.questions where !(options.anonymise && grid.isPersonal(question.id)) {
                guard seen.insert(question.id).inserted else { continue }
                ids.append(question.id)
                positions[question.id] = columns.count
                let label = question.displayLabel
                columns.append(CSVColumn(name: options.labels ? label : question.id, kind: .answer, question: question))
                let status = options.labels ? label + RecordWord.statusColumn.text(in: options.language) : question.id + CSVColumn.statusSuffix
                columns.append(CSVColumn(name: status, kind: .status, question: question))
            }
        }
        self.columns = columns
        questionIDs = ids
        answerColumn = positions
    }

    /// What to write before the header line: the byte order mark under `excel`.
    public var prefix: String { options.prefix }

    /// The header line, ending with CRLF.
    public func headerLine() -> String {
        CSVField.line(columns.map(\.name), raw: options.raw)
    }

    /// The line of one case, ending with CRLF.
    public func line(for record: CaseRecord) -> String {
        let interview = record.interview
        var cells = [
            record.caseID, record.uuid, record.grid.id, String(record.grid.version), interview.status.rawValue,
            interview.interviewer ?? "", interview.started, interview.ended ?? "", CSVField.number(interview.totalSeconds),
        ]
        cells += repeatElement("", count: columns.count - cells.count)
        var filled = Set<Int>()
        for section in record.sections {
            for question in section.questions {
                // The first question with an id fills its columns (a damaged record may repeat one).
                guard let column = answerColumn[question.id], filled.insert(column).inserted else { continue }
                cells[column] = cell(question, numeric: columns[column].question?.type.isNumeric ?? false)
                cells[column + 1] = question.status.rawValue
            }
        }
        return CSVField.line(cells, raw: options.raw)
    }

    /// The answer cell of one question of a case: empty unless answered; in a number column,
    /// a plain number or nothing.
    func cell(_ question: RecordQuestion, numeric: Bool) -> String {
        guard question.status == .answered, let value = question.value else { return "" }
        if numeric {
            guard case .number(let number) = value, number.isFinite else { return "" }
            return CSVField.number(number)
        }
        return text(value)
    }

    /// An answer in one cell: ids and `true`/`false`, or labels and `Oui`/`Non` under `labels`.
    func text(_ value: RecordValue) -> String {
        let items = CSVValues(labels: options.labels, language: options.language)
        if let list = items.items(value) {
            return list.joined(separator: Self.separator)
        }
        return items.single(value) ?? ""
    }
}
