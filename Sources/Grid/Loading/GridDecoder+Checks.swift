import Yams

extension GridDecoder {
    /// An id as declared in the file, for the duplicate check.
    struct Declaration {
        var kind: GridProblem.IDKind
        var id: String
        /// Where the id must be unique: "" for the whole grid, else the owner (theme, question).
        var scope: String
        var position: SourcePosition
    }

    /// A question id named somewhere, and by whom: the question index that names it, if any.
    struct Reference {
        var id: String
        var place: GridProblem.ReferencePlace
        var position: SourcePosition
        /// The grid-order index of the question naming it (`when`, `from`); nil elsewhere.
        var fromQuestion: Int?
        /// For a section's `when`: the index of the section's first question.
        var sectionStart: Int?
    }

    mutating func declare(_ kind: GridProblem.IDKind, _ id: String, scope: String, at node: Node) {
        guard !id.isEmpty else { return }
        declarations.append(Declaration(kind: kind, id: id, scope: scope, position: node.position))
    }

    mutating func refer(to id: String, _ place: GridProblem.ReferencePlace, at node: Node) {
        references.append(Reference(id: id, place: place, position: node.position, fromQuestion: questionCount))
    }

    mutating func checkDeclarations() {
        // `x_status` beside `x` would give the wide CSV two columns of one name.
        let questions = Set(declarations.filter { $0.kind == .question }.map(\.id))
        for declaration in declarations where declaration.kind == .question && declaration.id.hasSuffix(CSVColumn.statusSuffix) {
            let other = String(declaration.id.dropLast(CSVColumn.statusSuffix.count))
            if questions.contains(other) { issues.add(at: declaration.position, .statusColumnClash(declaration.id, other: other)) }
        }
        var seen: [String: SourcePosition] = [:]
        for declaration in declarations {
            let key = "\(declaration.kind.rawValue)/\(declaration.scope)/\(declaration.id)"
            if let first = seen[key] {
                issues.add(at: declaration.position, .duplicateID(declaration.id, kind: declaration.kind, firstLine: first.line))
            } else {
                seen[key] = declaration.position
            }
        }
    }

    /// Checks that named questions exist and, for `when` and `from`, come earlier;
    /// and that a rank's source is a `list` question.
    mutating func checkReferences(in grid: Grid) {
        let questions = grid.questions
        var index: [String: Int] = [:]
        for (offset, question) in questions.enumerated() where index[question.id] == nil { index[question.id] = offset }
        for reference in references {
            guard let target = index[reference.id] else {
                let suggestion = Suggestion.closest(to: reference.id, in: questions.map(\.id))
                issues.add(at: reference.position, .unknownQuestion(reference.id, place: reference.place, suggestion: suggestion))
                continue
            }
            if reference.place == .consent, questions[target].type != .yesno {
                issues.add(at: reference.position, .consentNotYesNo(reference.id, type: questions[target].type))
            }
            guard reference.place == .when || reference.place == .from, let naming = reference.fromQuestion else { continue }
            // A question's own `when`/`from` is read before `questionCount` moves past it.
            if target >= naming {
                issues.add(at: reference.position, .laterQuestion(reference.id, place: reference.place))
            } else if reference.place == .from, questions[target].type != .list {
                issues.add(at: reference.position, .rankSourceNotList(reference.id, type: questions[target].type))
            }
        }
    }
}
