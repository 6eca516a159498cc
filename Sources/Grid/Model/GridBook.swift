/// The grid's `book:` block: the title page and introduction of the case book built from its cases.
public struct GridBook: Sendable, Equatable {
    /// The book's title; the grid's title when not given.
    public var title: String?
    /// The line under the title (« Cahier de cas »).
    public var subtitle: String?
    /// The researchers' introduction, in Markdown: paragraphs separated by blank lines.
    public var introduction: String?

    public init(title: String? = nil, subtitle: String? = nil, introduction: String? = nil) {
        self.title = title
        self.subtitle = subtitle
        self.introduction = introduction
    }
}
