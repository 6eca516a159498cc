/// The wide CSV: one header line, then one line per case, written case by case so memory stays flat.
///
/// Columns: `case, uuid, grid, grid_version, status, interviewer, started, ended, total_seconds`,
/// then one per question — the union of the questions of every grid involved, in grid order
/// (the first grid's questions, then those only later grids have, in their order). A cell holds
/// the answer for people to read: `oui`/`non` (`yes`/`no`), a choice's label, list items, choices
/// and ranked items joined with ` ; `, plain numbers (`5000000`, `1.5`, no unit); `[nsp]`,
/// `[refus]`, `[passé]`, `[n/a]` (`[dk]`, `[refused]`, `[skipped]`, `[n/a]`) for the other
/// statuses; empty when unanswered or when the case's grid lacks the question.
public struct CSVWideWriter: Sendable {
    /// The columns before the questions.
    public static let caseColumns = ["case", "uuid", "grid", "grid_version", "status", "interviewer", "started", "ended", "total_seconds"]
    /// Between the items of a list, multichoice or rank.
    public static let separator = " ; "

    public let options: CSVOptions
    /// The question ids of the question columns, in order.
    public let questionIDs: [String]
    /// Their headers: the ids, or under `labels` the label (else the text) from the first grid having the question.
    public let questionHeaders: [String]
    /// The column of each question id among the question columns.
    private let columns: [String: Int]

    public init(grids: [Grid], options: CSVOptions) {
        self.options = options
        var seen: Set<String> = []
        var ids: [String] = []
        var headers: [String] = []
        for grid in grids {
            for question in grid.questions where !(options.anonymise && grid.isPersonal(question.id)) {
                guard seen.insert(question.id).inserted else { continue }
                ids.append(question.id)
                headers.append(options.labels ? question.displayLabel : question.id)
            }
        }
        questionIDs = ids
        questionHeaders = headers
        columns = Dictionary(ids.enumerated().map { ($1, $0) }, uniquingKeysWith: { first, _ in first })
    }

    /// What to write before the header line: the byte order mark under `excel`.
    public var prefix: String { options.prefix }

    /// The header line, ending with CRLF.
    public func headerLine() -> String {
        CSVField.line(Self.caseColumns + questionHeaders, raw: options.raw)
    }

    /// The line of one case, ending with CRLF.
    public func line(for record: CaseRecord) -> String {
        let interview = record.interview
        var cells = [
            record.caseID, record.uuid, record.grid.id, String(record.grid.version), interview.status.rawValue,
            interview.interviewer ?? "", interview.started, interview.ended ?? "", CSVField.number(interview.totalSeconds),
        ]
        let first = cells.count
        cells += repeatElement("", count: questionIDs.count)
        var filled = Array(repeating: false, count: questionIDs.count)
        for section in record.sections {
            for question in section.questions {
                // The first question with an id fills its column (a damaged record may repeat one).
                guard let column = columns[question.id], !filled[column] else { continue }
                filled[column] = true
                cells[first + column] = cell(question)
            }
        }
        return CSVField.line(cells, raw: options.raw)
    }

    /// The cell of one question of a case.
    func cell(_ question: RecordQuestion) -> String {
        switch question.status {
        case .answered: return question.value.map(text) ?? ""
        case .skipped: return RecordWord.skippedMark.text(in: options.language)
        case .dontKnow: return RecordWord.dontKnowMark.text(in: options.language)
        case .refused: return RecordWord.refusedMark.text(in: options.language)
        case .notApplicable: return RecordWord.notApplicableMark.text(in: options.language)
        case .unanswered: return ""
        }
    }

    /// An answer for people to read, in one cell.
    func text(_ value: RecordValue) -> String {
        switch value {
        case .text(let text): return text
        case .list(let items), .rank(let items): return items.joined(separator: Self.separator)
        case .number(let number): return CSVField.number(number)
        case .bool(let bool): return (bool ? RecordWord.typedYes : RecordWord.typedNo).text(in: options.language)
        case .choice(let choice): return choice.label
        case .choices(let choices): return choices.map(\.label).joined(separator: Self.separator)
        }
    }
}
