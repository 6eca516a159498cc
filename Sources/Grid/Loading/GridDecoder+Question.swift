import Yams

extension GridDecoder {
    static let questionFields = ["id", "text", "type", "required", "min", "max", "unit", "choices", "from",
                                 "count", "when", "probes", "help", "label", "personal", "fiche"]

    mutating func decodeQuestion(_ node: Node) -> Question? {
        guard let fields = FieldReader(node, owner: "question", known: Self.questionFields, issues: &issues) else {
            return nil
        }
        let id = fields.requiredText("id", issues: &issues) ?? ""
        let text = localRequiredText(fields, "text") ?? id
        var type = QuestionType.text
        if let name = fields.requiredText("type", issues: &issues), let typeNode = fields.fields["type"] {
            if let known = QuestionType(rawValue: name) { type = known } else {
                let suggestion = Suggestion.closest(to: name, in: QuestionType.allCases.map(\.rawValue))
                issues.add(typeNode, .unknownType(name, suggestion: suggestion))
            }
        }
        var question = Question(id: id, text: text, type: type)
        question.position = fields.keyPositions["id"] ?? node.position
        declare(.question, id, scope: "", at: fields.fields["id"] ?? node)
        if !id.isEmpty, !Slug.isValid(id), let idNode = fields.fields["id"] { issues.add(idNode, .invalidID(id, kind: .question)) }
        if let fromNode = fields.fields["from"], let source = fromNode.scalar?.string { refer(to: source, .from, at: fromNode) }
        question.required = fields.boolean("required", issues: &issues) ?? false
        question.min = fields.number("min", issues: &issues)
        question.max = fields.number("max", issues: &issues)
        decodeUnit(fields, into: &question)
        question.from = fields.text("from", issues: &issues)
        question.count = fields.integer("count", issues: &issues)
        question.when = condition(fields)
        question.probes = localTexts(fields, "probes") ?? []
        question.help = localText(fields, "help")
        question.label = localText(fields, "label")
        question.personal = fields.boolean("personal", issues: &issues) ?? false
        question.inFiche = fields.boolean("fiche", issues: &issues) ?? true
        question.choices = (fields.list("choices", issues: &issues) ?? []).compactMap { decodeChoice($0, question: id) }
        checkLocalRules(question, fields)
        questionCount += 1
        return question
    }

    private mutating func decodeChoice(_ node: Node, question: String) -> Choice? {
        if node.scalar != nil || isPerLanguage(node) {
            guard let label = localText(node, field: "label") else { return nil }
            guard let id = Slug.make(label) else {
                issues.add(node, .invalidID(label, kind: .choice))
                return nil
            }
            declare(.choice, id, scope: question, at: node)
            return Choice(id: id, label: label)
        }
        guard let fields = FieldReader(node, owner: "choice", known: ["id", "label", "group"], issues: &issues) else { return nil }
        guard let id = fields.requiredText("id", issues: &issues) else { return nil }
        if !Slug.isValid(id), let idNode = fields.fields["id"] { issues.add(idNode, .invalidID(id, kind: .choice)) }
        declare(.choice, id, scope: question, at: fields.fields["id"] ?? node)
        return Choice(id: id, label: localText(fields, "label") ?? id, group: localText(fields, "group"))
    }

    /// Rules that concern one question alone: counts, bounds, choices, rank sources.
    private mutating func checkLocalRules(_ question: Question, _ fields: FieldReader) {
        if let count = question.count, count < 1, let node = fields.fields["count"] {
            issues.add(node, .countBelowOne(count))
        }
        if let min = question.min, let max = question.max, min > max, let node = fields.fields["min"] {
            issues.add(node, .minAboveMax(min: min, max: max))
        }
        let choicesGiven = fields.fields["choices"].map { node -> Bool in
            if case .sequence(let items) = node { return !items.isEmpty }
            return true
        } ?? false
        if question.type == .choice || question.type == .multichoice, question.choices.isEmpty, !choicesGiven,
           fields.fields["type"] != nil {
            issues.add(fields.fields["choices"] ?? fields.node, .noChoices(question.type))
        }
        if question.type == .rank, question.from == nil {
            issues.add(fields.node, .rankWithoutFrom)
        }
    }

    /// `unit: "membres"`, or `unit: {singular: "membre", plural: "membres"}`.
    private mutating func decodeUnit(_ fields: FieldReader, into question: inout Question) {
        guard let node = fields.fields["unit"] else { return }
        guard case .mapping = node, !isPerLanguage(node) else {
            question.unit = localText(fields, "unit")
            return
        }
        guard let unit = FieldReader(node, owner: "unit", known: ["singular", "plural"], issues: &issues) else { return }
        question.unit = localRequiredText(unit, "plural")
        question.unitSingular = localRequiredText(unit, "singular")
    }
}
