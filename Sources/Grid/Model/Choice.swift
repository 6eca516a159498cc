/// One option of a `choice` or `multichoice` question: a stable id and the label people read.
public struct Choice: Sendable, Equatable, Codable {
    public var id: String
    public var label: String
    /// The wider kind the option belongs to (`Coopérative` for each kind of co-op), for the
    /// sub-totals of a summary; the grid's own words, not part of case records.
    public var group: String?

    public init(id: String, label: String, group: String? = nil) {
        self.id = id
        self.label = label
        self.group = group
    }

    private enum CodingKeys: String, CodingKey {
        case id, label
    }
}
