/// What the examples of a number error look like, so that they fit the question: whole numbers
/// for an integer, a `%` for a percent, the currency for money.
public enum NumberExample: Sendable, Equatable {
    case decimal
    case whole
    case percent
    /// Money in this currency (the question's unit, else `$`).
    case money(String)

    /// The examples for a question of a number type.
    public init(_ question: Question) {
        switch question.type {
        case .integer, .year: self = .whole
        case .percent: self = .percent
        case .money: self = .money(question.shownUnit ?? "$")
        default: self = .decimal
        }
    }
}
