/// A coded segment under a theme in the summary: its words and where they were said.
public struct ThemeSegment: Sendable, Equatable {
    public var caseID: String
    /// The case's fiche title (the grid's `title_from` answer), when it has one.
    public var caseTitle: String?
    public var question: String?
    /// The question's label (or text) as the grid words it.
    public var questionLabel: String?
    public var section: String?
    public var part: CodingTarget.Part
    public var text: String
    /// The coders who gave this segment the code, in the order met (empty: no coder named).
    public var coders: [String]
}
