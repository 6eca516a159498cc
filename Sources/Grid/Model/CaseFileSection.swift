/// A section of the case file (*fiche*) layout: a heading and the entries under it.
public struct CaseFileSection: Sendable, Equatable {
    /// One heading of the fiche and the questions whose answers go under it.
    public struct Entry: Sendable, Equatable {
        public var heading: String
        public var from: [String]

        public init(heading: String, from: [String]) {
            self.heading = heading
            self.from = from
        }
    }

    public var title: String
    public var entries: [Entry]

    public init(title: String, entries: [Entry]) {
        self.title = title
        self.entries = entries
    }
}
