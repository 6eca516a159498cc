/// The long CSV, for R and pandas: one line per case × question × item, with when each answer
/// was given and how long it took, written case by case so memory stays flat.
///
/// Columns: `case, uuid, grid, grid_version, question, label, type, status, item, value,
/// answered_at, seconds, said`. `label` is the question's label (else its text); `status` is the
/// record's (`answered`, `skipped`, `dont_know`, `refused`, `not_applicable`, `unanswered`).
/// Lists, multichoices and ranks give one line per item with its 1-based `item` (rank order);
/// every other question one line with `item` empty. Values are those of the wide CSV: choice ids,
/// `true`/`false`, plain numbers (choice labels and `Oui`/`Non` under `labels`); empty unless answered (an answer that stopped applying, kept
/// under `earlier` in the JSON record, is not written). Every question of the case's record is
/// listed (anonymised records lack personal questions). `said` holds a number's words as typed
/// (`plus de 200`) when there were more than the number and its unit; `value` has the number.
/// Cells are formula-guarded unless `options.raw` (the export passes `raw` unless `--excel`, as
/// R and pandas read the text as it is and only a spreadsheet runs formulas).
public struct CSVLongWriter: Sendable {
    /// The columns, in order.
    public static let columns = ["case", "uuid", "grid", "grid_version", "question", "label", "type", "status", "item", "value",
                                 "answered_at", "seconds", "said"]

    public let options: CSVOptions

    public init(options: CSVOptions) {
        self.options = options
    }

    /// What to write before the header line: the byte order mark under `excel`.
    public var prefix: String { options.prefix }

    /// The header line, ending with CRLF.
    public func headerLine() -> String {
        CSVField.line(Self.columns, raw: true)
    }

    /// The lines of one case, each ending with CRLF.
    public func lines(for record: CaseRecord) -> String {
        let values = CSVValues(labels: options.labels, language: options.language)
        var output = ""
        for question in record.questions {
            let lead = [record.caseID, record.uuid, record.grid.id, String(record.grid.version), question.id,
                        question.label ?? question.text, question.type.rawValue, question.status.rawValue]
            let value = question.status == .answered ? question.value : nil
            let trail = [question.answeredAt ?? "", question.seconds.map(CSVField.number) ?? "", value == nil ? "" : question.said ?? ""]
            if let items = value.flatMap(values.items), !items.isEmpty {
                for (index, item) in items.enumerated() {
                    output += CSVField.line(lead + [String(index + 1), item] + trail, raw: options.raw)
                }
            } else {
                output += CSVField.line(lead + ["", value.flatMap(values.single) ?? ""] + trail, raw: options.raw)
            }
        }
        return output
    }
}
