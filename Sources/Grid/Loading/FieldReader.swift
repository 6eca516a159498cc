import Yams

/// Reads the fields of one YAML mapping, reporting wrong kinds and unknown fields as issues.
struct FieldReader {
    let owner: String
    let node: Node
    private(set) var fields: [String: Node] = [:]
    private(set) var keyPositions: [String: SourcePosition] = [:]
    /// Fields written with no value (`text:`), where a missing required field is reported.
    private(set) var emptyKeys: [String: SourcePosition] = [:]

    /// Reads `node` as the mapping of an `owner`; reports a non-mapping and unknown fields.
    init?(_ node: Node, owner: String, known: [String], issues: inout IssueList) {
        self.owner = owner
        self.node = node
        guard case .mapping(let mapping) = node else {
            issues.add(node, .notAMapping(owner: owner))
            return nil
        }
        for (key, value) in mapping {
            guard let name = key.scalar?.string else {
                issues.add(key, .notAMapping(owner: owner))
                continue
            }
            guard known.contains(name) else {
                issues.add(key, .unknownField(name, owner: owner, suggestion: Suggestion.closest(to: name, in: known)))
                continue
            }
            if Self.isNull(value) {
                emptyKeys[name] = key.position
                continue
            }
            fields[name] = value
            keyPositions[name] = key.position
        }
    }

    var position: SourcePosition { node.position }

    /// Whether a value is YAML's null (`null`, `~` or nothing): the field counts as absent.
    private static func isNull(_ node: Node) -> Bool {
        guard let scalar = node.scalar, scalar.style == .plain else { return false }
        return ["", "~", "null", "Null", "NULL"].contains(scalar.string)
    }

    /// A required text field; reports it when missing or not text.
    func requiredText(_ name: String, issues: inout IssueList) -> String? {
        guard fields[name] != nil else {
            issues.add(at: emptyKeys[name] ?? node.position, .missingField(name, owner: owner))
            return nil
        }
        return text(name, issues: &issues)
    }

    /// An optional text field (any scalar reads as its text).
    func text(_ name: String, issues: inout IssueList) -> String? {
        guard let value = fields[name] else { return nil }
        guard let scalar = value.scalar, !scalar.string.isEmpty || scalar.style != .plain else {
            issues.add(value, .wrongKind(field: name, expected: .text))
            return nil
        }
        return scalar.string
    }

    /// An optional whole number.
    func integer(_ name: String, issues: inout IssueList) -> Int? {
        guard let value = fields[name] else { return nil }
        guard let text = value.scalar?.string, let number = Int(text) else {
            issues.add(value, .wrongKind(field: name, expected: .integer))
            return nil
        }
        return number
    }

    /// An optional number.
    func number(_ name: String, issues: inout IssueList) -> Double? {
        guard let value = fields[name] else { return nil }
        guard let text = value.scalar?.string, let number = Double(text), number.isFinite else {
            issues.add(value, .wrongKind(field: name, expected: .number))
            return nil
        }
        return number
    }

    /// An optional boolean (`true`/`false`, also `yes`/`no`).
    func boolean(_ name: String, issues: inout IssueList) -> Bool? {
        guard let value = fields[name] else { return nil }
        switch value.scalar?.string.lowercased() {
        case "true", "yes", "oui": return true
        case "false", "no", "non": return false
        default:
            issues.add(value, .wrongKind(field: name, expected: .boolean))
            return nil
        }
    }

    /// An optional list of nodes (a single scalar is not accepted).
    func list(_ name: String, issues: inout IssueList) -> [Node]? {
        guard let value = fields[name] else { return nil }
        guard case .sequence(let sequence) = value else {
            issues.add(value, .wrongKind(field: name, expected: .list))
            return nil
        }
        return Array(sequence)
    }

    /// An optional list of texts; a lone text is taken as a one-item list.
    func texts(_ name: String, issues: inout IssueList) -> [String]? {
        guard let value = fields[name] else { return nil }
        if let scalar = value.scalar { return [scalar.string] }
        guard let nodes = list(name, issues: &issues) else { return nil }
        return nodes.compactMap { node in
            guard let text = node.scalar?.string else {
                issues.add(node, .wrongKind(field: name, expected: .text))
                return nil
            }
            return text
        }
    }
}

extension Node {
    /// The node's 1-based position in its file.
    var position: SourcePosition {
        SourcePosition(line: mark?.line ?? 1, column: mark?.column ?? 1)
    }
}
