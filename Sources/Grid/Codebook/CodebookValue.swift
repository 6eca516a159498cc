/// One value a column can hold, and what it means.
public struct CodebookValue: Sendable, Equatable {
    public var code: String
    public var label: String

    public init(code: String, label: String) {
        self.code = code
        self.label = label
    }
}
