/// A number as people say it (`environ 60`, `plus de 200`, `1,5 million`, `300 k$`): its value,
/// and the words it was said with when they say more than the digits and the unit.
///
/// `said` is nil for a number typed plainly, with or without its unit (`12`, `6 employés`,
/// `4,50 $`): such an answer is journaled and exported exactly as before words were read.
public struct SpokenNumber: Sendable, Equatable {
    /// The number: `plus de 200` is 200, `1,5 million` is 1 500 000.
    public var value: Double
    /// The text as typed (trimmed), when it holds a qualifier (`environ`, `plus de`, `≈`), a
    /// multiplier (`million`, `k`) or a period (`par année`); nil otherwise.
    public var said: String?
    /// Whether a unit was typed (`employés`, `$`, `%`, `k$`): the fiche adds the grid's otherwise.
    public var hasUnit: Bool
    /// Where the number (and its multiplier and unit) ends in `said`, in characters: words said
    /// after it (`et plus`, `par année`) follow. The fiche puts the grid's unit there.
    public var numberEnd: Int

    public init(value: Double, said: String? = nil, hasUnit: Bool = false, numberEnd: Int = 0) {
        self.value = value
        self.said = said
        self.hasUnit = hasUnit
        self.numberEnd = numberEnd
    }
}
