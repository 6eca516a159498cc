import Foundation
import Grid

extension XLSFormImporter {
    /// The question a survey row asks, or nil (reported) when the grid has none for its type.
    mutating func question(_ row: FormSheet.Row, words: [String], survey: FormSheet, texts: FormTexts, languages: [Language],
                           cell: (FormSheet.Row, String) -> String?) -> ImportedForm.Question? {
        let columns = survey.columns
        let typeName = words.first?.lowercased() ?? ""
        var choices: [ImportedForm.Choice] = []
        var choiceMap: [String: String] = [:]
        let mapped: QuestionType
        switch typeName {
        case "integer", "int": mapped = .integer
        case "decimal": mapped = .decimal
        case "text", "string": mapped = .text
        case "date": mapped = .date
        case "select_one", "select1", "select_multiple", "select all that apply":
            guard words.count == 2 else {
                report(survey, row, column: columns["type"], .unsupportedType(words.joined(separator: " ")))
                return nil
            }
            let list = words[1]
            guard let listChoices = lists[list] else {
                report(survey, row, column: columns["type"], .unknownList(list))
                return nil
            }
            choices = listChoices
            choiceMap = choiceIDs[list] ?? [:]
            let ids = Set(listChoices.map(\.id))
            if typeName == "select_multiple" || typeName == "select all that apply" {
                mapped = .multichoice
            } else if ids == ["yes", "no"] {
                mapped = .yesno
                choices = []
            } else {
                mapped = .choice
            }
        default:
            report(survey, row, column: columns["type"], .unsupportedType(words.joined(separator: " ")))
            return nil
        }
        var type = mapped
        var from: String?
        var count: Int?
        // A grid type that XLSForm lacks, written by `grid export` beside its nearest XLSForm type.
        if let marker = cell(row, "interview_type")?.split(separator: " ").map(String.init), let first = marker.first,
           let exact = QuestionType(rawValue: first), exact != .list, exact != .choice, exact != .multichoice, exact != .yesno {
            type = exact
            if exact == .rank {
                from = marker.count > 1 ? references[marker[1]]?.id ?? marker[1] : nil
                count = marker.count > 2 ? Int(marker[2]) : nil
            }
        }
        let name = cell(row, "name") ?? "q\(row.number)"
        let (id, renamed) = ids.id(for: name, fallback: "q\(row.number)")
        if renamed { report(survey, row, column: columns["name"], .renamed(from: name, to: id)) }
        var text = texts.text("label", in: row)
        if text.isEmpty { text = [languages[0]: name] }
        var question = ImportedForm.Question(id: id, text: complete(text, languages: languages, sheet: survey, row: row,
                                                                   column: texts.column("label")), type: type)
        question.choices = choices
        question.from = from
        question.count = count
        let hint = texts.text("hint", in: row)
        if !hint.isEmpty { question.help = complete(hint, languages: languages, sheet: survey, row: row, column: texts.column("hint")) }
        question.required = Self.isYes(cell(row, "required"))
        if let relevant = cell(row, "relevant") {
            question.when = XPathCondition.translate(relevant, references: references)
            if question.when == nil { report(survey, row, column: columns["relevant"], .relevantNotTranslated(relevant)) }
        }
        if let constraint = cell(row, "constraint") {
            if type.isNumeric, let (min, max) = Self.bounds(constraint) {
                question.min = min
                question.max = max
            } else {
                report(survey, row, column: columns["constraint"], .constraintNotTranslated(constraint))
            }
        }
        if let filter = cell(row, "choice_filter") { report(survey, row, column: columns["choice_filter"], .choiceFilterIgnored(filter)) }
        references[name] = XPathCondition.Reference(id: id, choices: type == .yesno ? ["yes": "yes", "no": "no"] : choiceMap)
        return question
    }

    /// The bounds a constraint `. >= a`, `. <= b` or `. >= a and . <= b` sets; nil for any other.
    static func bounds(_ constraint: String) -> (Double?, Double?)? {
        var min: Double?
        var max: Double?
        let terms = constraint.components(separatedBy: " and ")
        guard terms.count <= 2 else { return nil }
        for term in terms {
            let compact = term.replacingOccurrences(of: " ", with: "")
            if compact.hasPrefix(".>="), let value = Double(compact.dropFirst(3)), min == nil { min = value }
            else if compact.hasPrefix(".<="), let value = Double(compact.dropFirst(3)), max == nil { max = value }
            else { return nil }
        }
        return (min, max)
    }
}
