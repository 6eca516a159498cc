/// A section of the case file (*fiche*) layout: a heading and the entries under it.
public struct CaseFileSection: Sendable, Equatable {
    /// One heading of the fiche and what goes under it: the answers of `from`, each with its
    /// label, or the sentences of `lines` written over answers.
    public struct Entry: Sendable, Equatable {
        /// The `###` heading; nil writes the lines straight under the section's title.
        public var heading: String?
        public var from: [String]
        public var lines: [CaseFileLine]

        public init(heading: String?, from: [String] = [], lines: [CaseFileLine] = []) {
            self.heading = heading
            self.from = from
            self.lines = lines
        }

        /// The questions the entry accounts for: shown, or deciding what is shown.
        public var questionIDs: [String] {
            from + lines.flatMap(\.questionIDs)
        }
    }

    public var title: String
    public var entries: [Entry]

    public init(title: String, entries: [Entry]) {
        self.title = title
        self.entries = entries
    }
}
