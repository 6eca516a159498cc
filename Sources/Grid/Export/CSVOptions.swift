/// How a CSV export is written: ids or labels, formula guard, BOM, personal columns.
public struct CSVOptions: Sendable, Equatable {
    /// The language of `Oui`/`Yes` and of the status columns' headers under `labels`; codes never change.
    public var language: Language
    /// Values for people: choice labels and `Oui`/`Non` instead of ids and `true`/`false`, in
    /// both CSVs; in the wide CSV, question labels (else texts) as headers instead of ids.
    public var labels: Bool
    /// Leave cells a spreadsheet would run as a formula as they are (no leading `'`).
    public var raw: Bool
    /// Start the output with a UTF-8 byte order mark, so Excel reads it as UTF-8.
    public var excel: Bool
    /// Wide CSV: leave out the columns of personal questions — marked `personal`, or piped
    /// (`from:`) from one (records built with `CaseRecordBuilder(anonymise: true)` already lack
    /// them and carry the UUID as case id).
    public var anonymise: Bool

    public init(language: Language = .fr, labels: Bool = false, raw: Bool = false, excel: Bool = false, anonymise: Bool = false) {
        self.language = language
        self.labels = labels
        self.raw = raw
        self.excel = excel
        self.anonymise = anonymise
    }

    /// What to write once before the header line: the byte order mark under `excel`, else nothing.
    public var prefix: String { excel ? "\u{FEFF}" : "" }
}
