import Grid
import Testing

/// One row of the typed-number tables: the grid's language, the question's type and unit, what
/// is typed, and what it should give.
struct TypedNumberRow: Sendable, CustomTestStringConvertible {
    /// What one typed line should give: the value (and the words kept with it, when the table
    /// checks them), or a refusal whose message in the grid's language contains the text given.
    enum Expected: Sendable, CustomStringConvertible {
        case reads(Double, said: String? = nil)
        case refused(String)

        var description: String {
            switch self {
            case .reads(let value, let said): "reads \(value)" + (said.map { " said \($0)" } ?? "")
            case .refused(let text): "refused: \(text)"
            }
        }
    }

    let language: Language
    let type: QuestionType
    let unit: String?
    let typed: String
    let expected: Expected

    init(_ language: Language, _ type: QuestionType, _ typed: String, _ expected: Expected, unit: String? = nil) {
        self.language = language
        self.type = type
        self.unit = unit
        self.typed = typed
        self.expected = expected
    }

    var testDescription: String { "\(language) \(type) «\(typed)» \(expected)" }
}
