/// The text a coding is about: a question's answer, one item of a list answer, or one quote.
///
/// Quotes are numbered from 1 among the quotes of their question (or among the quotes taken
/// when no question was on screen, `question` then nil), in the order they were taken.
public struct CodingTarget: Sendable, Hashable, Codable {
    /// Which part of what was said.
    public enum Part: String, Sendable, Hashable, Codable {
        /// A text answer (or a whole list answer, its items one per line).
        case answer
        /// The list item numbered `index` (from 1).
        case item
        /// The quote numbered `index` (from 1).
        case quote
    }

    public var question: String?
    public var part: Part
    /// The item or quote number (from 1); nil for an answer.
    public var index: Int?

    public init(question: String?, part: Part, index: Int? = nil) {
        self.question = question
        self.part = part
        self.index = part == .answer ? nil : index
    }

    public static func answer(_ question: String) -> CodingTarget { CodingTarget(question: question, part: .answer) }
    public static func item(_ question: String, _ index: Int) -> CodingTarget { CodingTarget(question: question, part: .item, index: index) }
    public static func quote(_ question: String?, _ index: Int) -> CodingTarget { CodingTarget(question: question, part: .quote, index: index) }
}
