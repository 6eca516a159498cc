/// One option of a question and how many cases chose it.
public struct OptionCount: Sendable, Equatable {
    /// The choice id, or `true`/`false` for a yes/no question.
    public var id: String
    public var label: String
    public var count: Int
}
