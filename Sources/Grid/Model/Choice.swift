/// One option of a `choice` or `multichoice` question: a stable id and the label people read.
public struct Choice: Sendable, Equatable, Codable {
    public var id: String
    public var label: String

    public init(id: String, label: String) {
        self.id = id
        self.label = label
    }
}
