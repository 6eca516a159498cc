import Foundation
import Grid

extension XLSFormImporter {
    /// Reads the survey rows in order: groups become sections, rows questions.
    mutating func readSurvey(_ survey: FormSheet, texts: FormTexts, form: ImportedForm) -> [ImportedForm.Section] {
        let columns = survey.columns
        let languages = form.languages
        func cell(_ row: FormSheet.Row, _ name: String) -> String? {
            columns[name].flatMap { row.cells[$0] }.map { $0.trimmingCharacters(in: .whitespacesAndNewlines) }.flatMap { $0.isEmpty ? nil : $0 }
        }
        var sections: [ImportedForm.Section] = []
        /// The open groups' conditions, outermost first.
        var groups: [String?] = []
        var current: ImportedForm.Section? = nil
        var pendingNote: (text: ImportedForm.Text, row: FormSheet.Row)? = nil
        var repeatRows: [FormSheet.Row]? = nil
        var repeatDepth = 0

        func closeSection(_ importer: inout XLSFormImporter) {
            if let note = pendingNote { importer.report(survey, note.row, column: columns["type"], .noteLeftOut); pendingNote = nil }
            if let section = current, !section.questions.isEmpty { sections.append(section) }
            current = nil
        }
        func outsideSection(_ importer: inout XLSFormImporter) -> ImportedForm.Section {
            let id = importer.ids.id(for: form.id + "_questions", fallback: "questions").id
            return ImportedForm.Section(id: id, title: form.title, when: groups.compactMap { $0 }.joinedCondition)
        }

        for row in survey.body {
            guard let rawType = cell(row, "type") else { continue }
            let words = rawType.split(whereSeparator: { $0 == " " || $0 == "\t" }).map(String.init)
            let type = words.first?.lowercased() ?? ""
            let keyword = words.count >= 2 ? type + " " + words[1].lowercased() : type
            let typeColumn = columns["type"]

            if let rows = repeatRows {
                if keyword == "begin repeat" || keyword == "begin_repeat" { repeatDepth += 1 }
                if keyword == "end repeat" || keyword == "end_repeat" {
                    if repeatDepth > 0 { repeatDepth -= 1; repeatRows = rows + [row]; continue }
                    repeatRows = nil
                    if let list = listQuestion(rows, survey: survey, texts: texts, languages: languages, cell: cell) {
                        if current == nil { current = outsideSection(&self) }
                        current?.questions.append(attachNote(list, &pendingNote))
                    } else if let first = rows.first {
                        report(survey, first, column: typeColumn, .repeatNotList)
                    }
                } else {
                    repeatRows = rows + [row]
                }
                continue
            }
            switch keyword {
            case "begin group", "begin_group":
                closeSection(&self)
                let relevant = cell(row, "relevant").flatMap { expression -> String? in
                    let translated = XPathCondition.translate(expression, references: references)
                    if translated == nil { report(survey, row, column: columns["relevant"], .relevantNotTranslated(expression)) }
                    return translated
                }
                groups.append(relevant)
                let name = cell(row, "name") ?? "group"
                let (id, renamed) = ids.id(for: name, fallback: "section")
                if renamed { report(survey, row, column: columns["name"], .renamed(from: name, to: id)) }
                var title = texts.text("label", in: row)
                if title.isEmpty { title = [languages[0]: name] }
                title = complete(title, languages: languages, sheet: survey, row: row, column: texts.column("label"))
                current = ImportedForm.Section(id: id, title: title, when: groups.compactMap { $0 }.joinedCondition)
                continue
            case "end group", "end_group":
                closeSection(&self)
                if groups.isEmpty { report(survey, row, column: typeColumn, .unbalancedGroup) } else { groups.removeLast() }
                continue
            case "begin repeat", "begin_repeat":
                repeatRows = [row]
                repeatDepth = 0
                continue
            case "end repeat", "end_repeat":
                report(survey, row, column: typeColumn, .unbalancedGroup)
                continue
            case "note":
                let text = texts.text("label", in: row)
                if !text.isEmpty {
                    if let earlier = pendingNote { report(survey, earlier.row, column: typeColumn, .noteLeftOut) }
                    pendingNote = (complete(text, languages: languages, sheet: survey, row: row, column: texts.column("label")), row)
                }
                continue
            default:
                break
            }
            guard var question = question(row, words: words, survey: survey, texts: texts, languages: languages, cell: cell) else { continue }
            question = attachNote(question, &pendingNote)
            if current == nil { current = outsideSection(&self) }
            current?.questions.append(question)
        }
        if let rows = repeatRows, let first = rows.first { report(survey, first, column: columns["type"], .repeatNotList) }
        closeSection(&self)
        if !groups.isEmpty, let last = survey.body.last { report(survey, last, column: columns["type"], .unbalancedGroup) }
        return sections
    }

    /// The question with a pending note as (the start of) its help.
    private func attachNote(_ question: ImportedForm.Question, _ note: inout (text: ImportedForm.Text, row: FormSheet.Row)?) -> ImportedForm.Question {
        guard let pending = note else { return question }
        note = nil
        var question = question
        var help = pending.text
        for (language, hint) in question.help ?? [:] { help[language] = (help[language].map { $0 + " " } ?? "") + hint }
        question.help = help
        return question
    }

    /// A repeat holding one text field as a list question; nil otherwise.
    private mutating func listQuestion(_ rows: [FormSheet.Row], survey: FormSheet, texts: FormTexts, languages: [Language],
                                       cell: (FormSheet.Row, String) -> String?) -> ImportedForm.Question? {
        guard rows.count == 2, let begin = rows.first, let item = rows.last,
              cell(item, "type")?.lowercased() == "text" else { return nil }
        let name = cell(begin, "name") ?? "list"
        let (id, renamed) = ids.id(for: name, fallback: "list")
        if renamed { report(survey, begin, column: survey.columns["name"], .renamed(from: name, to: id)) }
        var text = texts.text("label", in: begin)
        if text.isEmpty { text = texts.text("label", in: item) }
        if text.isEmpty { text = [languages[0]: name] }
        var question = ImportedForm.Question(id: id, text: complete(text, languages: languages, sheet: survey, row: begin,
                                                                      column: texts.column("label")), type: .list)
        let hint = texts.text("hint", in: item)
        if !hint.isEmpty { question.help = complete(hint, languages: languages, sheet: survey, row: item, column: texts.column("hint")) }
        question.required = Self.isYes(cell(item, "required")) || Self.isYes(cell(begin, "required"))
        if let relevant = cell(begin, "relevant") {
            question.when = XPathCondition.translate(relevant, references: references)
            if question.when == nil { report(survey, begin, column: survey.columns["relevant"], .relevantNotTranslated(relevant)) }
        }
        references[name] = XPathCondition.Reference(id: id, choices: [:])
        if let itemName = cell(item, "name") { references[itemName] = XPathCondition.Reference(id: id, choices: [:]) }
        return question
    }

    static func isYes(_ value: String?) -> Bool {
        guard let value = value?.lowercased() else { return false }
        return ["yes", "true", "1", "true()", "oui"].contains(value)
    }
}

extension Array where Element == String {
    /// The conditions joined with `and`, each in parentheses when there are several; nil when none.
    var joinedCondition: String? {
        switch count {
        case 0: return nil
        case 1: return self[0]
        default: return map { "(\($0))" }.joined(separator: " and ")
        }
    }
}
