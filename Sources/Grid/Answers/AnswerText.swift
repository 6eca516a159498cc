/// Shows stored answers to people: in review, in the edit line, in fiches and CSV cells.
public struct AnswerText: Sendable {
    public let language: Language

    public init(language: Language) {
        self.language = language
    }

    /// The answer as one line for reading (`5 000 000 $`, `Oui`, a choice's label, items joined).
    public func display(_ value: AnswerValue, for question: Question, separator: String = " ; ") -> String {
        switch (question.type, value) {
        case (.yesno, .bool(let bool)):
            return (bool ? RecordWord.yes : RecordWord.no).text(in: language)
        case (.choice, .text(let id)):
            return question.choice(id: id)?.label ?? id
        case (.multichoice, .list(let ids)):
            return ids.map { question.choice(id: $0)?.label ?? $0 }.joined(separator: separator)
        case (_, .number(let number)):
            let text = question.type == .year ? NumberText.plain(number, language)
                : question.type == .money ? NumberText.money(number, language) : NumberText.format(number, language)
            guard let unit = question.unit(for: number, in: language) else { return text }
            return text + "\u{00A0}" + unit
        case (_, .list(let items)):
            return items.joined(separator: separator)
        case (_, .text(let text)):
            return text
        case (_, .bool(let bool)):
            return bool ? "true" : "false"
        }
    }

    /// A number said with words, as typed, with the question's unit after the number when none
    /// was typed: `plus de 200 membres`, `200 membres et plus`, `environ 60 employé·e·s`.
    public func display(said: String, for question: Question) -> String {
        guard case .success(let spoken) = SpokenNumber.read(said, language: language, unit: question.unit),
              let unit = question.unit(for: spoken.value, in: language),
              !spoken.hasUnit, spoken.said != nil else { return said }
        let typed = said.trimmingWhitespace
        let end = typed.index(typed.startIndex, offsetBy: min(spoken.numberEnd, typed.count))
        return typed[..<end] + "\u{00A0}" + unit + typed[end...]
    }

    /// The answer as it would be typed again, to put in the edit line (`rankItems` for ranks).
    public func editable(_ value: AnswerValue, for question: Question, rankItems: [String] = []) -> String {
        switch (question.type, value) {
        case (.yesno, .bool(let bool)):
            return (bool ? RecordWord.typedYes : RecordWord.typedNo).text(in: language)
        case (.choice, .text(let id)):
            return question.choice(id: id)?.label ?? id
        case (.multichoice, .list(let ids)):
            return ids.compactMap { id in question.choices.firstIndex { $0.id == id }.map { String($0 + 1) } }
                .joined(separator: " ")
        case (.rank, .list(let items)):
            return items.compactMap { item in rankItems.firstIndex(of: item).map { String($0 + 1) } }.joined(separator: " ")
        case (_, .number(let number)):
            return NumberText.plain(number, language)
        default:
            return display(value, for: question)
        }
    }
}
