import Foundation

/// Turns one typed line into a typed answer for a question, or says what is expected.
///
/// Lists are collected item by item by the session; `parse` takes one item of a `list`.
public struct AnswerParser: Sendable {
    public let language: Language

    public init(language: Language) {
        self.language = language
    }

    /// Parses `input` for `question`; `rankItems` are the items a `rank` chooses from.
    public func parse(_ input: String, for question: Question, rankItems: [String] = []) -> Result<AnswerValue, AnswerError> {
        read(input, for: question, rankItems: rankItems).map(\.value)
    }

    /// Parses `input` for `question` and keeps the words a number was said with (`plus de 200`).
    public func read(_ input: String, for question: Question, rankItems: [String] = []) -> Result<TypedAnswer, AnswerError> {
        let text = input.trimmingWhitespace.precomposedCanonical
        guard !text.isEmpty else { return .failure(.empty) }
        switch question.type {
        case .integer, .decimal, .percent, .money, .year:
            return number(text, for: question)
        default:
            return value(text, for: question, rankItems: rankItems).map { TypedAnswer($0) }
        }
    }

    /// The value of an answer that is not a number.
    private func value(_ text: String, for question: Question, rankItems: [String]) -> Result<AnswerValue, AnswerError> {
        switch question.type {
        case .text, .list:
            return .success(.text(text))
        case .integer, .decimal, .percent, .money, .year:
            return number(text, for: question).map(\.value)
        case .date:
            return Self.isDate(text) ? .success(.text(text)) : .failure(.notADate(text))
        case .choice:
            return choice(text, in: question.choices).map { .text($0.id) }
        case .multichoice:
            return multichoice(text, in: question.choices)
        case .yesno:
            return yesNo(text)
        case .rank:
            return rank(text, items: rankItems, count: question.count ?? rankItems.count)
        case .email:
            return Self.isEmail(text) ? .success(.text(text)) : .failure(.notAnEmail(text))
        case .phone:
            return text.filter(\.isNumber).count >= 7 ? .success(.text(text)) : .failure(.notAPhone(text))
        case .url:
            return WebAddress.check(text).map { .text(text) }
        }
    }

    private func number(_ text: String, for question: Question) -> Result<TypedAnswer, AnswerError> {
        let spoken: SpokenNumber
        switch SpokenNumber.read(text, language: language, unit: question.unit) {
        case .success(let number): spoken = number
        case .failure(let problem): return .failure(numberError(problem, text: text, for: question))
        }
        let value = spoken.value
        if question.type == .integer || question.type == .year, value != value.rounded() {
            return .failure(question.type == .year ? .notAYear(text) : .notAWholeNumber(text))
        }
        if question.type == .year, !(1000...2999).contains(value) { return .failure(.notAYear(text)) }
        if let min = question.min, value < min { return .failure(.belowMinimum(min)) }
        if let max = question.max, value > max { return .failure(.aboveMaximum(max)) }
        return .success(TypedAnswer(.number(value), said: spoken.said))
    }

    /// The answer error of a number that does not read; ambiguous readings of a whole-number
    /// question keep only whole numbers, when there is one.
    private func numberError(_ problem: NumberProblem, text: String, for question: Question) -> AnswerError {
        let wholeOnly = question.type == .integer || question.type == .year
        func typed(_ readings: [Double]) -> [String] {
            let whole = readings.filter { $0 == $0.rounded() }
            return (wholeOnly && !whole.isEmpty ? whole : readings).map { NumberText.plain($0, language) }
        }
        switch problem {
        case .notANumber: return question.type == .year ? .notAYear(text) : .notANumber(text, NumberExample(question))
        case .ambiguousComma(let readings): return .ambiguousComma(text, readings: typed(readings))
        case .ambiguousSpace(let readings): return .ambiguousSpace(text, readings: typed(readings))
        case .tooLarge: return .numberTooLarge(text)
        case .tooPrecise: return .numberTooPrecise(text)
        }
    }

    private func choice(_ text: String, in choices: [Choice]) -> Result<Choice, AnswerError> {
        if let number = Int(text), number >= 1, choices.indices.contains(number - 1) { return .success(choices[number - 1]) }
        let key = Self.matchKey(text)
        if let match = choices.first(where: { Self.matchKey($0.label) == key || $0.id == text }) { return .success(match) }
        return .failure(.unknownChoice(text, count: choices.count))
    }

    private func multichoice(_ text: String, in choices: [Choice]) -> Result<AnswerValue, AnswerError> {
        var ids: [String] = []
        for part in Self.split(text) {
            switch choice(part, in: choices) {
            case .success(let choice): if !ids.contains(choice.id) { ids.append(choice.id) }
            case .failure(let error): return .failure(error)
            }
        }
        guard !ids.isEmpty else { return .failure(.unknownChoice(text, count: choices.count)) }
        return .success(.list(ids))
    }

    private func yesNo(_ text: String) -> Result<AnswerValue, AnswerError> {
        switch text.lowercased() {
        case "oui", "o", "yes", "y": return .success(.bool(true))
        case "non", "n", "no": return .success(.bool(false))
        default: return .failure(.notYesNo(text))
        }
    }

    private func rank(_ text: String, items: [String], count: Int) -> Result<AnswerValue, AnswerError> {
        var ranked: [Int] = []
        for part in Self.split(text) {
            guard let number = Int(part) else { return .failure(.rankNotNumbers(text)) }
            guard number >= 1 else { return .failure(.rankOutOfRange(number, count: items.count)) }
            guard items.indices.contains(number - 1) else { return .failure(.rankOutOfRange(number, count: items.count)) }
            guard !ranked.contains(number) else { return .failure(.rankDuplicate(number)) }
            ranked.append(number)
        }
        guard !ranked.isEmpty else { return .failure(.rankNotNumbers(text)) }
        guard ranked.count <= count else { return .failure(.rankTooMany(allowed: count)) }
        return .success(.list(ranked.map { items[$0 - 1] }))
    }

    /// Parts separated by spaces or commas.
    static func split(_ text: String) -> [String] {
        text.split(whereSeparator: { $0 == "," || $0 == ";" || $0.isWhitespace }).map(String.init)
    }

    /// Labels compared without case or accents.
    static func matchKey(_ text: String) -> String {
        text.decomposedASCIIFolded.lowercased().trimmingWhitespace
    }

    static func isDate(_ text: String) -> Bool {
        let parts = text.split(separator: "-", omittingEmptySubsequences: false)
        guard parts.count == 3, parts[0].count == 4, parts[1].count == 2, parts[2].count == 2,
              let year = Int(parts[0]), let month = Int(parts[1]), let day = Int(parts[2]),
              (1...12).contains(month), day >= 1 else { return false }
        let leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0
        let days = [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]
        return day <= days[month - 1]
    }

    static func isEmail(_ text: String) -> Bool {
        let parts = text.split(separator: "@", omittingEmptySubsequences: false)
        guard parts.count == 2, !parts[0].isEmpty, !text.contains(where: \.isWhitespace) else { return false }
        let domain = parts[1]
        return domain.contains(".") && !domain.hasPrefix(".") && !domain.hasSuffix(".")
    }
}
