/// The grid's `book:` block: the title page and introduction of the case book built from its cases.
public struct GridBook: Sendable, Equatable {
    /// The book's title; the grid's title when not given.
    public var title: String?
    /// The line under the title (« Cahier de cas »).
    public var subtitle: String?
    /// The researchers' introduction, in Markdown: paragraphs separated by blank lines.
    public var introduction: String?
    /// What the cases are, singular and plural, for counts (« 10 mentions par 7 entreprises »);
    /// `cas` / `case(s)` when not given.
    public var caseSingular: String?
    public var casePlural: String?

    public init(title: String? = nil, subtitle: String? = nil, introduction: String? = nil,
                caseSingular: String? = nil, casePlural: String? = nil) {
        self.title = title
        self.subtitle = subtitle
        self.introduction = introduction
        self.caseSingular = caseSingular
        self.casePlural = casePlural
    }
}
