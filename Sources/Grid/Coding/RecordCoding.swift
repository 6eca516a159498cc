/// A coded segment in a case record: where it is, its words, its codes and who coded it.
///
/// `start` and `end` count Unicode code points from 0 in the target's text (an answer, a list
/// item, a quote — a whole list answer being its items one per line).
public struct RecordCoding: Sendable, Equatable, Codable {
    public var question: String?
    /// The grid section the question belongs to; nil for a quote taken between questions.
    public var section: String?
    public var part: CodingTarget.Part
    public var index: Int?
    public var start: Int
    public var end: Int
    public var text: String
    public var codes: [String]
    public var coder: String?

    public init(_ coding: Coding, section: String?) {
        question = coding.target.question
        self.section = section
        part = coding.target.part
        index = coding.target.index
        start = coding.start
        end = coding.end
        text = coding.text
        codes = coding.codes
        coder = coding.coder
    }

    /// The target this segment is in.
    public var target: CodingTarget { CodingTarget(question: question, part: part, index: index) }
}
