/// What changes when a case moves to another grid version (`resume --grid`).
public struct GridMove: Sendable {
    public let added: [String]
    public let removed: [String]
    public let retyped: [String]
    /// Answered questions absent from the new grid: the move is refused when any.
    public let missingAnswered: [String]

    public init(from old: Grid, to new: Grid, state: SessionState) {
        let oldIDs = old.questions.map(\.id)
        let newIDs = Set(new.questions.map(\.id))
        added = new.questions.map(\.id).filter { old.question(id: $0) == nil }
        removed = oldIDs.filter { !newIDs.contains($0) }
        retyped = oldIDs.filter { id in
            guard let before = old.question(id: id), let after = new.question(id: id) else { return false }
            return before.type != after.type
        }
        missingAnswered = removed.filter { state.responses[$0] != nil }
    }

    /// One line per change, for the interviewer.
    public func summary(in language: Language) -> [String] {
        let changes: [(GridMoveLabel, [String])] = [(.added, added), (.removed, removed), (.retyped, retyped)]
        return changes.filter { !$0.1.isEmpty }.map { label, ids in label.text(in: language) + ids.joined(separator: ", ") }
    }
}
