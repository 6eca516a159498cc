import Yams

/// Turns a composed YAML (or JSON) tree into a `Grid`, collecting every problem on the way.
struct GridDecoder {
    var issues: IssueList
    /// Ids declared so far, to find duplicates once everything is read.
    var declarations: [Declaration] = []
    /// Question ids named by `when`, `from`, `case_file`, …, checked once all questions are known.
    var references: [Reference] = []
    /// How many questions have been read: the place in grid order of the next one.
    var questionCount = 0
    /// The grid's languages, its primary one first, and the texts read in the others.
    var languages: [Language] = [.fr]
    var translations: [Language: GridTranslation] = [:]

    /// The grid file's lines, to place errors inside quoted scalars.
    private let lines: [Substring]

    init(file: String, text: String = "") {
        issues = IssueList(file: file)
        // Split on the LF scalar: in Swift, CR LF is one Character and would not match "\n".
        lines = text.unicodeScalars.split(separator: "\n", omittingEmptySubsequences: false).map(Substring.init)
    }

    static let gridFields = ["grid", "version", "language", "title", "title_from", "subtitle_from",
                             "summary_from", "objectives", "sections", "codebook", "case_file", "kicker", "consent", "book", "languages"]
    static let sectionFields = ["id", "title", "label", "when", "questions"]

    /// The grid read from the root node; nil only when nothing usable was found.
    mutating func decode(_ root: Node) -> Grid? {
        guard let fields = FieldReader(root, owner: "grid", known: Self.gridFields, issues: &issues) else { return nil }
        let id = fields.requiredText("grid", issues: &issues) ?? ""
        if !id.isEmpty, !Slug.isValid(id), let node = fields.fields["grid"] {
            issues.add(node, .invalidID(id, kind: .grid))
        }
        if fields.fields["version"] == nil { issues.add(root, .missingField("version", owner: "grid")) }
        let version = fields.integer("version", issues: &issues) ?? 1
        var language = Language.fr
        if let code = fields.text("language", issues: &issues), let node = fields.fields["language"] {
            if let known = Language(rawValue: code.lowercased()) { language = known } else {
                issues.add(node, .unsupportedLanguage(code))
            }
        }
        languages = decodeLanguages(fields, primary: language)
        var grid = Grid(
            id: id, version: version, language: language,
            title: localText(fields, "title") ?? id,
            titleFrom: fields.text("title_from", issues: &issues),
            subtitleFrom: fields.text("subtitle_from", issues: &issues),
            objectives: localTexts(fields, "objectives") ?? [],
            sections: []
        )
        if let sections = fields.list("sections", issues: &issues) {
            grid.sections = sections.compactMap { decodeSection($0) }
            if sections.isEmpty, let node = fields.fields["sections"] { issues.add(node, .noSections) }
        } else if fields.fields["sections"] == nil {
            issues.add(root, .missingField("sections", owner: "grid"))
        }
        grid.summaryFrom = fields.text("summary_from", issues: &issues)
        grid.codebook = (fields.list("codebook", issues: &issues) ?? []).compactMap { decodeTheme($0) }
        grid.caseFile = (fields.list("case_file", issues: &issues) ?? []).compactMap { decodeCaseFileSection($0) }
        grid.kicker = fields.fields["kicker"].flatMap { template($0, place: .kicker) }
        grid.consent = fields.fields["consent"].flatMap { decodeConsent($0) }
        if let node = fields.fields["book"] { grid.book = decodeBook(node) }
        let places: [(String, GridProblem.ReferencePlace)] = [("title_from", .titleFrom), ("subtitle_from", .subtitleFrom),
                                                               ("summary_from", .summaryFrom)]
        for (field, place) in places {
            if let node = fields.fields[field], let id = node.scalar?.string { refer(to: id, place, at: node) }
        }
        checkDeclarations()
        checkReferences(in: grid)
        grid.languages = languages
        grid.translations = translations
        return grid
    }

    private mutating func decodeSection(_ node: Node) -> Section? {
        guard let fields = FieldReader(node, owner: "section", known: Self.sectionFields, issues: &issues) else { return nil }
        let id = fields.requiredText("id", issues: &issues) ?? ""
        let title = localRequiredText(fields, "title") ?? id
        var section = Section(id: id, title: title, label: localText(fields, "label"), questions: [])
        section.position = fields.keyPositions["id"] ?? node.position
        declare(.section, id, scope: "", at: fields.fields["id"] ?? node)
        if !id.isEmpty, !Slug.isValid(id), let idNode = fields.fields["id"] { issues.add(idNode, .invalidID(id, kind: .section)) }
        section.when = condition(fields)
        if let questions = fields.list("questions", issues: &issues) {
            section.questions = questions.compactMap { decodeQuestion($0) }
            if questions.isEmpty { issues.add(node, .emptySection(id)) }
        } else if fields.fields["questions"] == nil {
            issues.add(node, .missingField("questions", owner: "section"))
        }
        return section
    }

    /// The parsed `when` of a mapping, with a syntax error placed on its column.
    mutating func condition(_ fields: FieldReader) -> Condition? {
        guard let source = fields.text("when", issues: &issues), let node = fields.fields["when"] else { return nil }
        do {
            let condition = try ConditionParser.parse(source)
            // Each id once: a chain naming the same question 100 000 times is one reference.
            var named: Set<String> = []
            for id in condition.questionIDs where named.insert(id).inserted { refer(to: id, .when, at: node) }
            return condition
        } catch {
            let position = position(in: node, valueOffset: error.offset)
            issues.add(at: position, .condition(error))
            return nil
        }
    }

    /// Where the character at `offset` of a scalar's value is in the file: inside quotes, escapes
    /// are counted as written.
    func position(in node: Node, valueOffset offset: Int) -> SourcePosition {
        var position = node.position
        let style = node.scalar?.style ?? .plain
        let quoted = style == .singleQuoted || style == .doubleQuoted
        let line = position.line - 1
        if quoted, lines.indices.contains(line),
           let column = QuotedScalarColumn.column(ofValueOffset: offset, style: style, line: lines[line], quoteColumn: position.column) {
            position.column = column
        } else {
            position.column += offset + (quoted ? 1 : 0)
        }
        return position
    }
}
