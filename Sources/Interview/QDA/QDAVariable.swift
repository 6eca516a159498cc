import Foundation
import Grid

/// A profile question as a REFI-QDA case variable, and its answers as variable values.
///
/// Choice and multichoice questions are `Text` (a choice's value is its label; several are
/// joined by « ; »), yes/no `Boolean`, integer and year `Integer`, decimal, percent and money
/// `Float` (a decimal number, `.` as its mark), date `Date`. Other questions are the source's text.
struct QDAVariable {
    enum Kind: String {
        case text = "Text", boolean = "Boolean", integer = "Integer", float = "Float", date = "Date"

        /// The element a value of this kind is written in.
        var valueElement: String {
            switch self {
            case .text: return "TextValue"
            case .boolean: return "BooleanValue"
            case .integer: return "IntegerValue"
            case .float: return "FloatValue"
            case .date: return "DateValue"
            }
        }
    }

    let id: String
    let name: String
    let description: String
    let kind: Kind

    /// The variable of a question, nil when the question is not a profile question.
    init?(_ question: Question) {
        switch question.type {
        case .choice, .multichoice: kind = .text
        case .yesno: kind = .boolean
        case .integer, .year: kind = .integer
        case .decimal, .percent, .money: kind = .float
        case .date: kind = .date
        default: return nil
        }
        id = question.id
        name = question.displayLabel
        description = question.text
    }

    var guid: String { QDAGUID.make("variable/" + id) }

    /// The value as its element's text; nil when the answer does not fit the variable's kind.
    func value(_ value: RecordValue) -> String? {
        switch (kind, value) {
        case (.text, .choice(let choice)): return choice.label
        case (.text, .choices(let choices)): return choices.map(\.label).joined(separator: " ; ")
        case (.text, .text(let text)): return text
        case (.boolean, .bool(let yes)): return yes ? "true" : "false"
        case (.integer, .number(let number)): return number.wholeNumber.map(String.init)
        case (.float, .number(let number)): return Self.decimal(number)
        case (.date, .text(let text)):
            return text.wholeMatch(of: /[0-9]{4}-[0-9]{2}-[0-9]{2}/) != nil ? text : nil
        default: return nil
        }
    }

    /// A number as `xsd:decimal` writes it: no exponent (`0.00001`, never `1e-05`).
    static func decimal(_ number: Double) -> String? {
        guard number.isFinite else { return nil }
        let plain = CSVField.number(number)
        guard plain.contains("e") || plain.contains("E") else { return plain }
        return Decimal(string: plain).map { "\($0)" }
    }
}
