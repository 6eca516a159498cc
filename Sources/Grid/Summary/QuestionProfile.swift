/// The profile of one question over the cases: counts per option, or the spread of numbers.
public struct QuestionProfile: Sendable, Equatable {
    /// What the profile holds, by the question's type.
    public enum Figures: Sendable, Equatable {
        /// choice, multichoice, yesno: cases per option, in the grid's order.
        case options([OptionCount])
        /// integer, decimal, money, percent, year: the answers' spread, nil when none.
        case numbers(NumberSpread?)
    }

    public var gridID: String
    public var questionID: String
    public var label: String
    public var type: QuestionType
    public var figures: Figures
    /// Cases that follow the grid and gave no answer (skipped, refused, not reached…).
    public var noAnswer: Int
    /// Sub-totals of the options the grid groups, in the order of each group's first option.
    public var groups: [GroupCount] = []
}
