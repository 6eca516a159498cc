/// An answer as the parser read it: the value to store, and the words a number was said with.
public struct TypedAnswer: Sendable, Equatable {
    /// What is stored and counted: `200` for `plus de 200`.
    public var value: AnswerValue
    /// The text as typed when it says more than the value and its unit (`plus de 200`,
    /// `1,5 million`); nil for every other answer, which is then journaled as before.
    public var said: String?

    public init(_ value: AnswerValue, said: String? = nil) {
        self.value = value
        self.said = said
    }
}
