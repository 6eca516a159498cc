/// Why typed text does not read as exactly one number.
public enum NumberProblem: Error, Sendable, Equatable {
    /// Not a number at all.
    case notANumber
    /// A comma that neither groups thousands (`1,500`) nor is the grid's decimal mark: `2,5` in
    /// an English grid. `readings` are the numbers it may stand for, the decimal one first.
    case ambiguousComma(readings: [Double])
    /// Spaces that do not group thousands by three (`1 50`); `readings` are what it may stand for.
    case ambiguousSpace(readings: [Double])
    /// Beyond 2^53 in magnitude: a double would keep another number than the one typed.
    case tooLarge
    /// More digits than a double keeps: `0.1234567890123456789` would be kept as another number.
    case tooPrecise
}
