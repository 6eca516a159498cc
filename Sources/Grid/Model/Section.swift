/// A titled part of a grid holding questions; its `when` applies to all of them.
public struct Section: Sendable, Equatable {
    public var id: String
    public var title: String
    public var label: String?
    public var when: Condition?
    public var questions: [Question]
    public var position: SourcePosition?

    public init(id: String, title: String, label: String? = nil, questions: [Question]) {
        self.id = id
        self.title = title
        self.label = label
        self.questions = questions
    }

    /// The short name shown in progress marks: the label, else the title.
    public var displayLabel: String { label ?? title }
}
