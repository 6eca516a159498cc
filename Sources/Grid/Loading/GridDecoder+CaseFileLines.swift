import Yams

extension GridDecoder {
    static let lineFields = ["text", "bullet", "lead", "when", "bullets", "item_end", "last_end"]

    /// A line of an entry's `lines`: a string is a paragraph (a bullet under `bullets:`); a
    /// mapping holds one of `text`, `bullet` or `lead`, each a sentence or a list of sentences
    /// tried in order, with an optional `when`.
    mutating func decodeCaseFileLine(_ node: Node, inBullets: Bool) -> CaseFileLine? {
        if node.scalar != nil || isPerLanguage(node) {
            return decodeSentences(node, when: nil).map { CaseFileLine(kind: inBullets ? .bullet : .paragraph, sentences: $0) }
        }
        guard let fields = FieldReader(node, owner: "case_file line", known: Self.lineFields, issues: &issues) else { return nil }
        let kinds = ["text", "bullet", "lead"].filter { fields.fields[$0] != nil }
        guard kinds.count == 1, let name = kinds.first, let sentenceNode = fields.fields[name] else {
            issues.add(node, .lineKind)
            return nil
        }
        let when = condition(fields)
        guard let sentences = decodeSentences(sentenceNode, when: when) else { return nil }
        switch name {
        case "lead":
            let bullets = (fields.list("bullets", issues: &issues) ?? []).compactMap { decodeCaseFileLine($0, inBullets: true) }
            if fields.fields["bullets"] == nil || bullets.isEmpty { issues.add(node, .leadWithoutBullets) }
            let kind = CaseFileLine.Kind.lead(bullets: bullets, itemEnd: localText(fields, "item_end") ?? "",
                                              lastEnd: localText(fields, "last_end") ?? "")
            return CaseFileLine(kind: kind, sentences: sentences)
        case "bullet":
            return CaseFileLine(kind: .bullet, sentences: sentences)
        default:
            return CaseFileLine(kind: inBullets ? .bullet : .paragraph, sentences: sentences)
        }
    }

    /// One sentence, or a list of alternatives (strings, or `{text, when}`), each under `when` too.
    private mutating func decodeSentences(_ node: Node, when: Condition?) -> [FicheSentence]? {
        let alternatives: [Node]
        if case .sequence(let sequence) = node { alternatives = Array(sequence) } else { alternatives = [node] }
        if alternatives.isEmpty { issues.add(node, .wrongKind(field: "text", expected: .text)) }
        var sentences: [FicheSentence] = []
        for alternative in alternatives {
            var own: Condition?
            var textNode = alternative
            if case .mapping = alternative, !isPerLanguage(alternative) {
                guard let fields = FieldReader(alternative, owner: "case_file line", known: ["text", "when"], issues: &issues),
                      let text = fields.fields["text"] else {
                    if alternative.mapping != nil { issues.add(alternative, .missingField("text", owner: "case_file line")) }
                    continue
                }
                own = condition(fields)
                textNode = text
            }
            guard let template = template(textNode, place: .template) else { continue }
            let conditions = [when, own].compactMap { $0 }
            sentences.append(FicheSentence(template: template, when: conditions.count > 1 ? .and(conditions) : conditions.first))
        }
        return sentences.isEmpty ? nil : sentences
    }

    /// The template of a sentence, in one language or several (`{fr: "…", en: "…"}`, each
    /// language's sentence with its own placeholders); kept in the primary language with the
    /// others as its translations.
    mutating func template(_ node: Node, place: GridProblem.ReferencePlace) -> FicheTemplate? {
        var templates: [Language: FicheTemplate] = [:]
        for (language, value) in languageNodes(node) {
            templates[language] = singleTemplate(value, place: place)
        }
        guard let primary = templates[languages[0]] else { return nil }
        for (language, template) in templates where language != languages[0] {
            if let first = translations[language]?.templates[primary], first != template {
                issues.add(node, .conflictingTranslation(primary.sourceText, language: language, first: first.sourceText))
                continue
            }
            translations[language, default: GridTranslation()].templates[primary] = template
        }
        return primary
    }

    /// The template written in a scalar; its placeholders are checked once every question is known.
    private mutating func singleTemplate(_ node: Node, place: GridProblem.ReferencePlace) -> FicheTemplate? {
        guard let source = node.scalar?.string else {
            issues.add(node, .wrongKind(field: "text", expected: .text))
            return nil
        }
        do {
            let (template, offsets) = try FicheTemplate.parse(source)
            for (id, offset) in zip(template.questionIDs, offsets) {
                references.append(Reference(id: id, place: place, position: position(in: node, valueOffset: offset)))
            }
            return template
        } catch {
            issues.add(at: position(in: node, valueOffset: error.offset), .template(error))
            return nil
        }
    }
}
