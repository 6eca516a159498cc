/// Unfinished work on a question: list items entered so far and the line being typed.
public struct Draft: Sendable, Equatable {
    public var items: [String]
    public var line: String?

    public init(items: [String], line: String?) {
        self.items = items
        self.line = line
    }
}
