extension Codebook {
    /// The columns of the codebook as CSV.
    public static let csvColumns = ["column", "kind", "question", "number", "section", "text", "label", "type", "unit", "min", "max",
                                    "condition", "values"]

    /// The codebook as CSV: one row per column of the wide CSV; `values` holds one `code=label`
    /// per line inside the cell. Formula-like cells are guarded, as in the wide CSV.
    public func csvText() -> String {
        var text = CSVField.line(Self.csvColumns, raw: false)
        for entry in entries {
            text += CSVField.line([
                entry.column, entry.kind, entry.question, entry.number.map(String.init) ?? "", entry.section, entry.text, entry.label,
                entry.type, entry.unit, entry.min.map(CSVField.number) ?? "", entry.max.map(CSVField.number) ?? "", entry.condition,
                entry.values.map { CSVField.singleLine($0.code + "=" + $0.label) }.joined(separator: "\n"),
            ], raw: false)
        }
        return text
    }
}
