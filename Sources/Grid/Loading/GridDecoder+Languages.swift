import Yams

/// Texts given in several languages: `text: {fr: "…", en: "…"}`.
extension GridDecoder {
    /// `languages: [fr, en]`: the grid's languages, its primary `language` first; just the
    /// primary one when absent.
    mutating func decodeLanguages(_ fields: FieldReader, primary: Language) -> [Language] {
        guard let node = fields.fields["languages"] else { return [primary] }
        var found: [Language] = []
        for code in fields.texts("languages", issues: &issues) ?? [] {
            guard let language = Language(rawValue: code.lowercased()) else {
                issues.add(node, .unsupportedLanguage(code))
                continue
            }
            if !found.contains(language) { found.append(language) }
        }
        if !found.contains(primary) { issues.add(node, .primaryLanguageNotListed(primary)) }
        return [primary] + found.filter { $0 != primary }
    }

    /// Whether a node is a text per language (`{fr: …, en: …}`): a mapping whose keys are all
    /// language codes this program speaks.
    func isPerLanguage(_ node: Node) -> Bool {
        guard case .mapping(let mapping) = node, !mapping.isEmpty else { return false }
        return mapping.allSatisfy { key, _ in key.scalar.flatMap { Language(rawValue: $0.string) } != nil }
    }

    /// The node of each language of a text: the node itself for the primary language when it is
    /// a plain string. Reports languages missing or not declared.
    mutating func languageNodes(_ node: Node) -> [Language: Node] {
        guard isPerLanguage(node), case .mapping(let mapping) = node else {
            for language in languages.dropFirst() { issues.add(node, .missingTranslation(language)) }
            return [languages[0]: node]
        }
        var nodes: [Language: Node] = [:]
        for (key, value) in mapping {
            guard let code = key.scalar?.string, let language = Language(rawValue: code), languages.contains(language) else {
                issues.add(key, .undeclaredLanguage(key.scalar?.string ?? ""))
                continue
            }
            nodes[language] = value
        }
        for language in languages where nodes[language] == nil { issues.add(node, .missingTranslation(language)) }
        return nodes
    }

    /// A text in the primary language, the others kept as its translations.
    mutating func localText(_ node: Node, field: String) -> String? {
        var texts: [Language: String] = [:]
        for (language, value) in languageNodes(node) {
            guard let scalar = value.scalar, !scalar.string.isEmpty || scalar.style != .plain else {
                issues.add(value, .wrongKind(field: field, expected: .text))
                continue
            }
            texts[language] = scalar.string
        }
        guard let primary = texts[languages[0]] else { return nil }
        for (language, text) in texts where language != languages[0] {
            if let first = translations[language]?.texts[primary], first != text {
                issues.add(node, .conflictingTranslation(primary, language: language, first: first))
                continue
            }
            translations[language, default: GridTranslation()].texts[primary] = text
        }
        return primary
    }

    /// An optional text field, in one language or several.
    mutating func localText(_ fields: FieldReader, _ name: String) -> String? {
        fields.fields[name].flatMap { localText($0, field: name) }
    }

    /// A required text field, in one language or several.
    mutating func localRequiredText(_ fields: FieldReader, _ name: String) -> String? {
        guard fields.fields[name] != nil else { return fields.requiredText(name, issues: &issues) }
        return localText(fields, name)
    }

    /// A list of texts (one text reads as a one-item list), each in one language or several.
    mutating func localTexts(_ fields: FieldReader, _ name: String) -> [String]? {
        guard let node = fields.fields[name] else { return nil }
        if case .sequence(let sequence) = node { return sequence.compactMap { localText($0, field: name) } }
        guard node.scalar != nil || isPerLanguage(node) else { return fields.texts(name, issues: &issues) }
        return localText(node, field: name).map { [$0] }
    }
}
