import Foundation
import Grid

/// Maps an XLSForm (survey, choices, settings sheets) to a grid, reporting at its cell every
/// part that the grid cannot hold as written.
struct XLSFormImporter {
    /// The survey columns the mapping reads; any other column with a value is reported.
    static let surveyColumns: Set<String> = ["type", "name", "label", "hint", "relevant", "constraint", "required", "choice_filter", "interview_type"]

    let workbook: FormWorkbook
    private(set) var findings: [XLSFormFinding] = []
    var ids = FormIDs()
    var lists: [String: [ImportedForm.Choice]] = [:]
    /// Choice name → id, per list.
    var choiceIDs: [String: [String: String]] = [:]
    var references: [String: XPathCondition.Reference] = [:]

    /// The form as a grid's parts, and what was found along the way.
    static func convert(_ workbook: FormWorkbook) throws(XLSFormError) -> (form: ImportedForm, findings: [XLSFormFinding]) {
        var importer = XLSFormImporter(workbook: workbook)
        let form = try importer.form()
        return (form, importer.findings)
    }

    mutating func report(_ sheet: FormSheet, _ row: FormSheet.Row, column: Int?, _ kind: XLSFormFinding.Kind) {
        let column = column ?? 0
        findings.append(XLSFormFinding(file: workbook.file, sheet: sheet.name, cell: CellReference(column: column, row: row.number),
                                       value: row.cells[column] ?? "", kind: kind))
    }

    private mutating func form() throws(XLSFormError) -> ImportedForm {
        guard let survey = workbook.sheet("survey") else { throw .missingSheet(path: workbook.file, sheet: "survey") }
        for column in ["type", "name"] where survey.columns[column] == nil {
            throw .missingColumn(path: workbook.file, sheet: survey.name, column: column)
        }
        let settings = workbook.sheet("settings")
        func setting(_ name: String) -> String? {
            guard let settings, let column = settings.columns[name], let row = settings.body.first else { return nil }
            return row.cells[column]?.trimmingCharacters(in: .whitespaces)
        }
        let stem = ((workbook.file as NSString).lastPathComponent as NSString).deletingPathExtension
        let primary = setting("default_language").flatMap(FormLanguages.language(ofSuffix:))
            ?? Self.firstLanguage(of: survey) ?? .fr
        let texts = FormTexts(sheet: survey, primary: primary)
        var languages = [primary] + Language.allCases.filter { $0 != primary && texts.languages.contains($0) }
        if languages.isEmpty { languages = [primary] }
        if let header = survey.rows.first {
            for (column, name) in texts.leftOut.sorted(by: { $0.key < $1.key }) { report(survey, header, column: column, .languageLeftOut(name)) }
            for (column, name) in header.cells.sorted(by: { $0.key < $1.key }) {
                let base = FormLanguages.split(name).base
                guard !Self.surveyColumns.contains(base), texts.leftOut[column] == nil else { continue }
                for row in survey.body where row.cells[column] != nil { report(survey, row, column: column, .columnIgnored(name)) }
            }
        }
        readChoices(primary: primary, languages: languages)
        let formID = ids.id(for: setting("form_id") ?? stem, fallback: "form").id
        let title = setting("form_title") ?? stem
        var form = ImportedForm(source: workbook.file, id: formID, version: setting("version").flatMap { Int($0) } ?? 1,
                                language: primary, languages: languages,
                                title: Dictionary(uniqueKeysWithValues: languages.map { ($0, title) }), sections: [])
        form.sections = readSurvey(survey, texts: texts, form: form)
        return form
    }

    private static func firstLanguage(of survey: FormSheet) -> Language? {
        survey.headers.sorted { $0.key < $1.key }.lazy.compactMap { FormLanguages.split($0.value).suffix }
            .compactMap(FormLanguages.language(ofSuffix:)).first
    }

    /// A text in every language of the form, the primary one standing in (and reported) where missing.
    mutating func complete(_ text: ImportedForm.Text, languages: [Language], sheet: FormSheet, row: FormSheet.Row,
                           column: Int?) -> ImportedForm.Text {
        guard let fallback = text[languages[0]] ?? text.values.first else { return text }
        var result = text
        for language in languages where result[language] == nil {
            result[language] = fallback
            report(sheet, row, column: column, .missingTranslation(language.rawValue))
        }
        return result
    }
}
