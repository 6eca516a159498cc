/// One line of the data dictionary: what one column of the wide CSV holds.
public struct CodebookEntry: Sendable, Equatable {
    /// The column's header in the wide CSV.
    public var column: String
    /// `case`, `answer` or `status`.
    public var kind: String
    /// The question's id; empty for a case column.
    public var question: String
    /// The question's number in the grid (as the session and the record count); nil for a case column.
    public var number: Int?
    /// The id of the question's section; empty for a case column.
    public var section: String
    /// The question's text, or what a case or status column holds.
    public var text: String
    /// The question's label (how the fiche names it), else its text; the R script's variable label.
    public var label: String
    /// The question's type, `status` for a status column; for a case column its kind of value.
    public var type: String
    public var unit: String
    public var min: Double?
    public var max: Double?
    /// When the question is asked (`when:` of its section and its own), in the condition language.
    public var condition: String
    /// The values the column can hold with their labels: choice ids, `true`/`false`, status codes.
    public var values: [CodebookValue]
}
