// libFuzzer target: arbitrary bytes as a typed number, and as the answer to every type of question.
//
// The first byte chooses the language (bit 0) and the unit (the next bits: none, `employé·e·s`,
// `$`, `%`, `km`, an empty unit, `pi²`, `€`); the rest, read as UTF-8 (bad bytes replaced), is
// what the person typed. Invariants checked (a violation aborts, so libFuzzer keeps the input):
// - `NumberText.parse` returns nil or a finite number;
// - a number it returns, below 10¹⁵ in size, prints (`format`, `plain`) as text that parses
//   back to it (within the 6 decimals `format` keeps);
// - `AnswerParser.parse` answers every question type with a value or an `AnswerError` whose
//   message can be written in both languages; a value shows (`AnswerText.display`) and goes
//   back to the edit line (`AnswerText.editable`) as text that parses again to the same value
//   (numbers below 10¹⁵, within `plain`'s 10 decimals).
//
// Traps (Swift runtime errors such as an overflowing conversion) are what this target hunts.
import Foundation
import Grid

#if canImport(Glibc)
import Glibc
#endif

private let units: [String?] = [nil, "employé·e·s", "$", "%", "km", "", "pi²", "€"]

/// One question of every type, with the unit, bounds and choices the typed text is read against.
private func questions(unit: String?) -> [Question] {
    QuestionType.allCases.map { type in
        var question = Question(id: "q-\(type.rawValue)", text: "?", type: type)
        question.unit = type.isNumeric ? unit : nil
        if type == .percent { question.min = 0; question.max = 100 }
        if type == .integer { question.min = -1_000; question.max = 1e14 }
        question.choices = [Choice(id: "coop", label: "Coopérative"), Choice(id: "obnl", label: "OBNL"),
                            Choice(id: "entreprise-privee", label: "Entreprise privée")]
        question.count = type == .rank ? 2 : nil
        return question
    }
}

private let rankItems = ["Bénévoles", "Local", "Serre 🌱"]

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    guard size > 0 else { return 0 }
    let options = data[0]
    let language: Language = options & 1 == 0 ? .fr : .en
    let unit = units[Int(options >> 1) % units.count]
    let text = String(decoding: UnsafeBufferPointer(start: data + 1, count: size - 1), as: UTF8.self)

    if let value = NumberText.parse(text, language: language, unit: unit) {
        if !value.isFinite { violation("parse(\(text.debugDescription)) = \(value)") }
        if abs(value) < 1e15 {
            for printed in [NumberText.format(value, language), NumberText.plain(value, language)] {
                guard let again = NumberText.parse(printed, language: language, unit: nil), close(again, value, 1e-6) else {
                    violation("\(text.debugDescription) → \(value) → \(printed.debugDescription) does not read back (\(language))")
                }
            }
        }
    }

    let parser = AnswerParser(language: language)
    let shown = AnswerText(language: language)
    for question in questions(unit: unit) {
        switch parser.parse(text, for: question, rankItems: rankItems) {
        case .failure(let error):
            for language in Language.allCases where error.message(in: language).isEmpty {
                violation("empty \(language) message for \(error)")
            }
        case .success(let value):
            _ = shown.display(value, for: question)
            if case .number(let number) = value, abs(number) >= 1e15 { continue }
            let editable = shown.editable(value, for: question, rankItems: rankItems)
            switch parser.parse(editable, for: question, rankItems: rankItems) {
            case .success(let again) where same(again, value):
                break
            case let other:
                violation("\(question.type): \(text.debugDescription) → \(value) → edit line \(editable.debugDescription) → \(other)")
            }
        }
    }
    return 0
}

/// Whether two answers are the same, numbers within the 10 decimals `NumberText.plain` writes.
private func same(_ lhs: AnswerValue, _ rhs: AnswerValue) -> Bool {
    if case .number(let left) = lhs, case .number(let right) = rhs { return close(left, right, 1e-9) }
    return lhs == rhs
}

private func close(_ lhs: Double, _ rhs: Double, _ tolerance: Double) -> Bool {
    abs(lhs - rhs) <= max(tolerance, abs(rhs) * 1e-15)
}

private func violation(_ message: String) -> Never {
    printError("FuzzNumber: invariant violated: \(message)\n")
    abort()
}

/// Writes a line to standard error (the C `stderr` global is not concurrency-safe in Swift 6).
private func printError(_ text: String) {
    FileHandle.standardError.write(Data(text.utf8))
}
