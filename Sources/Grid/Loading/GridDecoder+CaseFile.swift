import Yams

extension GridDecoder {
    mutating func decodeTheme(_ node: Node) -> Theme? {
        guard let fields = FieldReader(node, owner: "theme", known: ["id", "label", "codes"], issues: &issues) else {
            return nil
        }
        let id = fields.requiredText("id", issues: &issues) ?? ""
        var theme = Theme(id: id, label: localText(fields, "label") ?? id)
        declare(.theme, id, scope: "", at: fields.fields["id"] ?? node)
        if !id.isEmpty, !Slug.isValid(id), let idNode = fields.fields["id"] { issues.add(idNode, .invalidID(id, kind: .theme)) }
        for codeNode in fields.list("codes", issues: &issues) ?? [] {
            guard let code = FieldReader(codeNode, owner: "code", known: ["id", "label"], issues: &issues),
                  let codeID = code.requiredText("id", issues: &issues) else { continue }
            theme.codes.append(Theme.Code(id: codeID, label: localText(code, "label") ?? codeID))
            declare(.code, codeID, scope: id, at: code.fields["id"] ?? codeNode)
            if !Slug.isValid(codeID), let idNode = code.fields["id"] { issues.add(idNode, .invalidID(codeID, kind: .code)) }
        }
        return theme
    }

    mutating func decodeCaseFileSection(_ node: Node) -> CaseFileSection? {
        guard let fields = FieldReader(node, owner: "case_file section", known: ["title", "entries"], issues: &issues) else {
            return nil
        }
        let title = localRequiredText(fields, "title") ?? ""
        var section = CaseFileSection(title: title, entries: [])
        for entryNode in fields.list("entries", issues: &issues) ?? [] {
            guard let entry = FieldReader(entryNode, owner: "case_file entry", known: ["heading", "from", "lines"], issues: &issues) else {
                continue
            }
            let heading = localText(entry, "heading")
            if entry.fields["from"] == nil, entry.fields["lines"] == nil { issues.add(entryNode, .entryWithoutContent) }
            let from = entry.texts("from", issues: &issues) ?? []
            for id in from { refer(to: id, .caseFile, at: entry.fields["from"] ?? entryNode) }
            let lines = (entry.list("lines", issues: &issues) ?? []).compactMap { decodeCaseFileLine($0, inBullets: false) }
            section.entries.append(.init(heading: heading, from: from, lines: lines))
        }
        return section
    }

    /// `consent: {interview: id, publication: id}`: the yes/no questions recording consent.
    mutating func decodeConsent(_ node: Node) -> GridConsent? {
        guard let fields = FieldReader(node, owner: "consent", known: ["interview", "publication"], issues: &issues) else { return nil }
        let consent = GridConsent(interview: fields.text("interview", issues: &issues),
                                  publication: fields.text("publication", issues: &issues))
        for name in ["interview", "publication"] {
            if let idNode = fields.fields[name], let id = idNode.scalar?.string { refer(to: id, .consent, at: idNode) }
        }
        return consent
    }
}
