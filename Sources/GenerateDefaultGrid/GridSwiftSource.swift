import Grid

/// Writes a grid as Swift statements that build it: the text of
/// `Sources/Grid/Generated/DefaultGrid+Compiled.swift`, so that start-up does not parse the
/// built-in grid's YAML (`DefaultGridCompiledTests` checks the result equals the decoded file).
///
/// Statements rather than one large literal keep the compiler's type checking quick.
struct GridSwiftSource {
    let source: DefaultGridSource

    private var grid: Grid { source.grid }

    /// The whole generated file.
    var file: String {
        var lines = [
            "// Generated from grids/territoires-nourriciers.yaml by scripts/generate-default-grid.sh: do not edit.",
            "// DefaultGridCompiledTests fails when this no longer matches the file; run the script then.",
            "// Left out when Grid is built for the generator (see DefaultGrid+NotCompiled.swift).",
            "#if !GENERATING_DEFAULT_GRID",
            "",
            "extension DefaultGrid {",
            "    /// The length in bytes of the grid file this was generated from.",
            "    static let compiledByteCount = \(source.byteCount)",
            "    /// Its FNV-1a hash: the compiled grid stands in for the file only when both match.",
            "    static let compiledFNV1a: UInt64 = 0x\(String(source.fnv1a, radix: 16, uppercase: true))",
            "    /// Its SHA-256.",
            "    static let compiledSHA256 = \(literal(source.sha256))",
            "",
            "    /// The grid as `GridLoader` decodes the file, built without parsing it.",
            "    static func compiledGrid() -> Grid? {",
            "        var sections: [Section] = []",
            "        var questions: [Question] = []",
            "        var question: Question",
            "        var section: Section",
        ]
        for section in grid.sections {
            lines += statements(for: section)
        }
        lines += [
            "        var grid = Grid(",
            "            id: \(literal(grid.id)), version: \(grid.version), language: .\(grid.language.rawValue), title: \(literal(grid.title)),",
            "            titleFrom: \(optional(grid.titleFrom)), subtitleFrom: \(optional(grid.subtitleFrom)),",
            "            objectives: \(array(grid.objectives.map(literal))),",
            "            sections: sections,",
            "            codebook: \(array(grid.codebook.map(theme))),",
            "            caseFile: \(array(grid.caseFile.map(caseFileSection)))",
            "        )",
            "        grid.summaryFrom = \(optional(grid.summaryFrom))",
            "        grid.kicker = \(grid.kicker.map(template) ?? "nil")",
            "        grid.consent = \(grid.consent.map { "GridConsent(interview: \(optional($0.interview)), publication: \(optional($0.publication)))" } ?? "nil")",
            "        grid.book = GridBook(title: \(optional(grid.book.title)), subtitle: \(optional(grid.book.subtitle)), introduction: \(optional(grid.book.introduction)), caseSingular: \(optional(grid.book.caseSingular)), casePlural: \(optional(grid.book.casePlural)))",
        ]
        lines += translationStatements()
        lines += [
            "        return grid",
            "    }",
            "}",
            "",
            "#endif",
        ]
        return lines.joined(separator: "\n") + "\n"
    }

    private func statements(for section: Section) -> [String] {
        var lines = ["        questions = []"]
        for question in section.questions {
            lines.append("        question = Question(id: \(literal(question.id)), text: \(literal(question.text)), type: .\(question.type.rawValue))")
            func set(_ name: String, _ value: String) { lines.append("        question.\(name) = \(value)") }
            if question.required { set("required", "true") }
            if let min = question.min { set("min", number(min)) }
            if let max = question.max { set("max", number(max)) }
            if let unit = question.unit { set("unit", literal(unit)) }
            if let singular = question.unitSingular { set("unitSingular", literal(singular)) }
            if !question.choices.isEmpty { set("choices", array(question.choices.map(choice))) }
            if let from = question.from { set("from", literal(from)) }
            if let count = question.count { set("count", String(count)) }
            if let when = question.when { set("when", condition(when)) }
            if !question.probes.isEmpty { set("probes", array(question.probes.map(literal))) }
            if let help = question.help { set("help", literal(help)) }
            if let label = question.label { set("label", literal(label)) }
            if question.personal { set("personal", "true") }
            if !question.inFiche { set("inFiche", "false") }
            if let position = question.position { set("position", self.position(position)) }
            lines.append("        questions.append(question)")
        }
        lines.append("        section = Section(id: \(literal(section.id)), title: \(literal(section.title)), label: \(optional(section.label)), questions: questions)")
        if let when = section.when { lines.append("        section.when = \(condition(when))") }
        if let position = section.position { lines.append("        section.position = \(self.position(position))") }
        lines.append("        sections.append(section)")
        return lines
    }

    /// `grid.languages` and, for each other language, its table of texts and sentences, one
    /// statement per entry (a large dictionary literal would slow the type checker).
    private func translationStatements() -> [String] {
        guard grid.languages.count > 1 else { return [] }
        var lines = ["        grid.languages = [\(grid.languages.map { ".\($0.rawValue)" }.joined(separator: ", "))]",
                     "        var translation: GridTranslation"]
        for language in grid.languages.dropFirst() {
            guard let table = grid.translations[language] else { continue }
            lines.append("        translation = GridTranslation()")
            for (text, translated) in table.texts.sorted(by: { $0.key < $1.key }) {
                lines.append("        translation.texts[\(literal(text))] = \(literal(translated))")
            }
            for (source, translated) in table.templates.sorted(by: { template($0.key) < template($1.key) }) {
                lines.append("        translation.templates[\(template(source))] = \(template(translated))")
            }
            lines.append("        grid.translations[.\(language.rawValue)] = translation")
        }
        return lines
    }

    private func theme(_ theme: Theme) -> String {
        "Theme(id: \(literal(theme.id)), label: \(literal(theme.label)), codes: "
            + array(theme.codes.map { "Theme.Code(id: \(literal($0.id)), label: \(literal($0.label)))" }, indent: 16) + ")"
    }

    private func caseFileSection(_ section: CaseFileSection) -> String {
        "CaseFileSection(title: \(literal(section.title)), entries: "
            + array(section.entries.map(entry), indent: 16) + ")"
    }

    private func entry(_ entry: CaseFileSection.Entry) -> String {
        "CaseFileSection.Entry(heading: \(optional(entry.heading)), from: \(array(entry.from.map(literal))), lines: "
            + array(entry.lines.map(line), indent: 20) + ")"
    }

    private func line(_ line: CaseFileLine) -> String {
        let kind: String
        switch line.kind {
        case .paragraph: kind = ".paragraph"
        case .bullet: kind = ".bullet"
        case .lead(let bullets, let itemEnd, let lastEnd):
            kind = ".lead(bullets: \(array(bullets.map(self.line))), itemEnd: \(literal(itemEnd)), lastEnd: \(literal(lastEnd)))"
        }
        let sentences = line.sentences.map { "FicheSentence(template: \(template($0.template)), when: \($0.when.map(condition) ?? "nil"))" }
        return "CaseFileLine(kind: \(kind), sentences: \(array(sentences)))"
    }

    private func template(_ template: FicheTemplate) -> String {
        let parts = template.parts.map { part -> String in
            switch part {
            case .text(let text): return ".text(\(literal(text)))"
            case .answer(let id): return ".answer(\(literal(id)))"
            }
        }
        return "FicheTemplate(parts: [\(parts.joined(separator: ", "))])"
    }

    private func choice(_ choice: Choice) -> String {
        "Choice(id: \(literal(choice.id)), label: \(literal(choice.label)), group: \(optional(choice.group)))"
    }

    private func position(_ position: SourcePosition) -> String {
        "SourcePosition(line: \(position.line), column: \(position.column))"
    }

    private func condition(_ condition: Condition) -> String {
        switch condition {
        case .compare(let id, let comparison, let value):
            return ".compare(question: \(literal(id)), .\(comparison), \(conditionLiteral(value)))"
        case .member(let id, let values):
            return ".member(question: \(literal(id)), [\(values.map(conditionLiteral).joined(separator: ", "))])"
        case .answered(let id): return ".answered(\(literal(id)))"
        case .not(let inner): return ".not(\(self.condition(inner)))"
        case .and(let terms): return ".and([\(terms.map(self.condition).joined(separator: ", "))])"
        case .or(let terms): return ".or([\(terms.map(self.condition).joined(separator: ", "))])"
        }
    }

    private func conditionLiteral(_ literal: Condition.Literal) -> String {
        switch literal {
        case .number(let value): return ".number(\(number(value)))"
        case .text(let text): return ".text(\(self.literal(text)))"
        case .bool(let flag): return ".bool(\(flag))"
        }
    }

    /// A `Double` literal that reads back as the same value (Swift's description is the shortest that does).
    private func number(_ value: Double) -> String {
        "\(value)"
    }

    private func optional(_ text: String?) -> String {
        text.map(literal) ?? "nil"
    }

    /// Items on one line when short, else one per line.
    private func array(_ items: [String], indent: Int = 12) -> String {
        let oneLine = "[" + items.joined(separator: ", ") + "]"
        guard oneLine.count > 100 else { return oneLine }
        let pad = String(repeating: " ", count: indent)
        return "[\n" + items.map { pad + $0 + ",\n" }.joined() + String(repeating: " ", count: indent - 4) + "]"
    }

    /// A Swift string literal with exactly the text's scalars.
    private func literal(_ text: String) -> String {
        var out = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\\": out += "\\\\"
            case "\"": out += "\\\""
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            default:
                if scalar.value < 0x20 || scalar.value == 0x7F || (0x80..<0xA0).contains(scalar.value) || scalar.properties.generalCategory == .format {
                    out += "\\u{\(String(scalar.value, radix: 16))}"
                } else {
                    out.unicodeScalars.append(scalar)
                }
            }
        }
        return out + "\""
    }
}
