import Grid

extension XLSFormImporter {
    /// Reads the choices sheet: each list's choices in order, names turned into ids.
    mutating func readChoices(primary: Language, languages: [Language]) {
        guard let sheet = workbook.sheet("choices"), let listColumn = sheet.columns["list_name"] ?? sheet.columns["list name"],
              let nameColumn = sheet.columns["name"] else { return }
        let texts = FormTexts(sheet: sheet, primary: primary)
        var perList: [String: FormIDs] = [:]
        for row in sheet.body {
            guard let list = row.cells[listColumn]?.trimmingCharacters(in: .whitespaces), !list.isEmpty,
                  let name = row.cells[nameColumn]?.trimmingCharacters(in: .whitespaces), !name.isEmpty else { continue }
            var listIDs = perList[list] ?? FormIDs()
            let (id, renamed) = listIDs.id(for: name, fallback: "choice")
            perList[list] = listIDs
            if renamed { report(sheet, row, column: nameColumn, .renamed(from: name, to: id)) }
            var label = texts.text("label", in: row)
            if label.isEmpty { label = [primary: name] }
            label = complete(label, languages: languages, sheet: sheet, row: row, column: texts.column("label"))
            lists[list, default: []].append(ImportedForm.Choice(id: id, label: label))
            choiceIDs[list, default: [:]][name] = id
        }
    }
}
