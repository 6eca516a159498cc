/// Why typed text is not a valid answer to a question; the message says what is expected.
public enum AnswerError: Error, Sendable, Equatable {
    case empty
    /// Not a number, with examples that fit the question (no `2,5` for a whole number).
    case notANumber(String, NumberExample)
    case notAWholeNumber(String)
    /// A comma that may group thousands or mark decimals (`2,5` in an English grid), with the
    /// numbers it may stand for, written as they would be typed in the grid's language.
    case ambiguousComma(String, readings: [String])
    /// Spaces that do not group thousands by three (`1 50`), with what the text may stand for.
    case ambiguousSpace(String, readings: [String])
    /// Beyond 2^53 in magnitude: it would be kept as another number.
    case numberTooLarge(String)
    /// More significant digits than a double keeps: it would be kept as another number.
    case numberTooPrecise(String)
    case belowMinimum(Double)
    case aboveMaximum(Double)
    case notAYear(String)
    case notADate(String)
    case unknownChoice(String, count: Int)
    case notYesNo(String)
    case rankNotNumbers(String)
    case rankOutOfRange(Int, count: Int)
    case rankDuplicate(Int)
    case rankTooMany(allowed: Int)
    case notAnEmail(String)
    case notAPhone(String)
    case notAURL(String)
    /// A `url` answer with a scheme that is not a web link (`javascript:`, `file:`, `data:`).
    case notAWebLink(String, scheme: String)
}
