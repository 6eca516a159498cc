extension CoderAgreement {
    /// The header of the agreement CSV: one row per theme or code, then `_overall`.
    static let csvHeader = ["id", "kind", "label", "units", "both", "first_only", "second_only", "neither", "agreement", "kappa"]

    /// The rows; agreement as a share (0…1), kappa empty when undefined.
    func csvRows(language: Language, keyPrefix: String) -> [[String]] {
        func cells(_ counts: AgreementCounts) -> [String] {
            [String(counts.units), String(counts.both), String(counts.firstOnly), String(counts.secondOnly), String(counts.neither),
             counts.observed.map(CSVField.number) ?? "", counts.kappa.map(CSVField.number) ?? ""]
        }
        return rows.map { [keyPrefix + $0.id, $0.isTheme ? "theme" : "code", $0.label] + cells($0.counts) }
            + [["_overall", "", SummaryWord.overall.text(in: language)] + cells(overall)]
    }
}
