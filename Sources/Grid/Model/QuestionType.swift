/// The kind of answer a question expects, which decides how typed text is parsed and stored.
public enum QuestionType: String, Sendable, CaseIterable, Codable {
    case text, list, integer, decimal, percent, money, year, date
    case choice, multichoice, yesno, rank, email, phone, url

    /// Whether answers of this type are numbers (stored as JSON numbers).
    public var isNumeric: Bool {
        switch self {
        case .integer, .decimal, .percent, .money, .year: return true
        default: return false
        }
    }

    /// Whether answers of this type are lists of strings (items, choice ids or ranked items).
    public var isListValued: Bool {
        switch self {
        case .list, .multichoice, .rank: return true
        default: return false
        }
    }
}
