extension Condition {
    /// The ids of the questions the condition reads, in order of appearance.
    ///
    /// Walks the tree with a stack of its own rather than by recursion, so that no condition,
    /// however it was built, can exhaust the thread's stack here.
    public var questionIDs: [String] {
        var ids: [String] = []
        var pending: [Condition] = [self]
        while let condition = pending.popLast() {
            switch condition {
            case .compare(let id, _, _), .member(let id, _), .answered(let id): ids.append(id)
            case .not(let inner): pending.append(inner)
            case .and(let terms), .or(let terms): pending.append(contentsOf: terms.reversed())
            }
        }
        return ids
    }
}
