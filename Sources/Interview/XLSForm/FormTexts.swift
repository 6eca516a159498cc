import Foundation
import Grid

/// Reads one sheet's texts per language: each text column (`label`, `hint`…) by its language,
/// a column without a language being the form's primary one.
struct FormTexts {
    let sheet: FormSheet
    let primary: Language
    /// Column → (base name, language) for the text columns whose language we speak.
    private(set) var columns: [Int: (base: String, language: Language)] = [:]
    /// Columns of a language we do not speak, with their header.
    private(set) var leftOut: [Int: String] = [:]

    init(sheet: FormSheet, primary: Language) {
        self.sheet = sheet
        self.primary = primary
        for (column, header) in sheet.headers {
            let (base, suffix) = FormLanguages.split(header)
            guard let suffix else { columns[column] = (base, primary); continue }
            if let language = FormLanguages.language(ofSuffix: suffix) {
                columns[column] = (base, language)
            } else {
                leftOut[column] = header
            }
        }
    }

    /// Every language some text column is written in.
    var languages: Set<Language> { Set(columns.values.map(\.language)) }

    /// The row's text for `base` (`label`, `hint`) in each language it is given in.
    func text(_ base: String, in row: FormSheet.Row) -> ImportedForm.Text {
        var result: ImportedForm.Text = [:]
        for (column, info) in columns where info.base == base {
            if let value = row.cells[column]?.trimmingCharacters(in: .whitespacesAndNewlines), !value.isEmpty {
                if result[info.language] == nil || FormLanguages.split(sheet.headers[column] ?? "").suffix != nil { result[info.language] = value }
            }
        }
        return result
    }

    /// The column of `base` in the primary language (or any), for messages.
    func column(_ base: String) -> Int? {
        columns.filter { $0.value.base == base }.sorted { $0.key < $1.key }.first { $0.value.language == primary }?.key
            ?? columns.filter { $0.value.base == base }.map(\.key).min()
    }
}
