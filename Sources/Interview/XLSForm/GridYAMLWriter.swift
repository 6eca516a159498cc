import Grid

/// Writes an imported form as grid YAML: a commented header naming where it came from, then
/// the fields of the grid format; a text in several languages as `{fr: "…", en: "…"}`.
enum GridYAMLWriter {
    static func yaml(_ form: ImportedForm, sourceName: String) -> String {
        var out = "# Converted from the XLSForm \(oneLine(sourceName)) by `interview grid import`.\n"
        out += "# Edit this grid, or import the form again; see docs/xlsform.md for what is converted.\n"
        out += "grid: \(form.id)\n"
        out += "version: \(form.version)\n"
        out += "language: \(form.language.rawValue)\n"
        if form.languages.count > 1 { out += "languages: [\(form.languages.map(\.rawValue).joined(separator: ", "))]\n" }
        out += "title: \(text(form.title, form))\n"
        out += "sections:\n"
        for section in form.sections {
            out += "  - id: \(section.id)\n"
            out += "    title: \(text(section.title, form))\n"
            if let when = section.when { out += "    when: \(quoted(when))\n" }
            out += "    questions:\n"
            for question in section.questions {
                out += "      - id: \(question.id)\n"
                out += "        text: \(text(question.text, form))\n"
                out += "        type: \(question.type.rawValue)\n"
                if let from = question.from { out += "        from: \(from)\n" }
                if let count = question.count { out += "        count: \(count)\n" }
                if question.required { out += "        required: true\n" }
                if let min = question.min { out += "        min: \(number(min))\n" }
                if let max = question.max { out += "        max: \(number(max))\n" }
                if let help = question.help { out += "        help: \(text(help, form))\n" }
                if let when = question.when { out += "        when: \(quoted(when))\n" }
                if !question.choices.isEmpty {
                    out += "        choices:\n"
                    for choice in question.choices {
                        out += "          - {id: \(quoted(choice.id)), label: \(text(choice.label, form))}\n"
                    }
                }
            }
        }
        return out
    }

    private static func text(_ text: ImportedForm.Text, _ form: ImportedForm) -> String {
        if form.languages.count == 1 { return quoted(text[form.language] ?? text.values.first ?? "") }
        let fallback = text[form.language] ?? text.values.first ?? ""
        return "{" + form.languages.map { "\($0.rawValue): \(quoted(text[$0] ?? fallback))" }.joined(separator: ", ") + "}"
    }

    private static func number(_ value: Double) -> String {
        CSVField.number(value)
    }

    private static func oneLine(_ text: String) -> String {
        String(text.unicodeScalars.map { $0.properties.generalCategory == .control ? " " : Character($0) })
    }

    /// A YAML double-quoted scalar.
    static func quoted(_ text: String) -> String {
        YAMLText.doubleQuoted(text)
    }
}
