/// A text of a case that can be coded: a text answer, a list item or a quote, with where it was said.
public struct CodableText: Sendable, Equatable {
    public var target: CodingTarget
    /// The grid section of the question it was said at; nil for a quote taken between questions.
    public var section: String?
    public var text: String

    public init(target: CodingTarget, section: String?, text: String) {
        self.target = target
        self.section = section
        self.text = text
    }
}
