/// How answers are written in both CSVs, so that the wide and the long table agree: choice ids
/// and `true`/`false` by default, labels and `Oui`/`Non` (`Yes`/`No`) under `--labels`.
struct CSVValues: Sendable {
    /// Choice labels and yes/no words instead of ids and `true`/`false`.
    let labels: Bool
    /// The language of the yes/no words under `labels`.
    let language: Language

    /// The items of a list, multichoice or rank (in order), each on one line; nil for single values.
    func items(_ value: RecordValue) -> [String]? {
        switch value {
        case .list(let items), .rank(let items): return items.map(CSVField.singleLine)
        case .choices(let choices): return choices.map { CSVField.singleLine(labels ? $0.label : $0.id) }
        case .text, .number, .bool, .choice: return nil
        }
    }

    /// A single value: text, plain number, yes/no, choice; nil for item values.
    func single(_ value: RecordValue) -> String? {
        switch value {
        case .text(let text): return text
        case .number(let number): return CSVField.number(number)
        case .bool(let bool):
            guard labels else { return bool ? "true" : "false" }
            return (bool ? RecordWord.yes : RecordWord.no).text(in: language)
        case .choice(let choice): return labels ? choice.label : choice.id
        case .list, .rank, .choices: return nil
        }
    }
}
