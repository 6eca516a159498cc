/// Why typed text is not a valid answer to a question; the message says what is expected.
public enum AnswerError: Error, Sendable, Equatable {
    case empty
    case notANumber(String)
    case notAWholeNumber(String)
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
}
