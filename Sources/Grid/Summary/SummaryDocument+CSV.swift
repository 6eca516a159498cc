/// The tables `interview summary --format csv` can write: a CSV file holds one table.
public enum SummaryTable: String, Sendable, CaseIterable {
    case profile, themes, agreement
}

extension SummaryDocument {
    /// One of the summary's tables as CSV (the agreement's is empty but for its header when none was asked).
    public func csvText(_ table: SummaryTable, language: Language) -> String {
        switch table {
        case .profile:
            return profile.csvText(language: language)
        case .themes:
            let rows = themes.flatMap { $0.csvRows(language: language) }
            return ([ThemeTable.csvHeader] + rows).map { CSVField.line($0, raw: false) }.joined()
        case .agreement:
            let rows = agreement?.csvRows(language: language, keyPrefix: agreementPrefix) ?? []
            return ([CoderAgreement.csvHeader] + rows).map { CSVField.line($0, raw: false) }.joined()
        }
    }
}
