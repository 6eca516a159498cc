/// Finds the exact grid a case follows: its kept copy, else a grid with the same SHA-256.
public struct CaseGridResolver: Sendable {
    public let store: CaseStore

    public init(store: CaseStore) {
        self.store = store
    }

    /// The grid id and SHA-256 the journal currently follows (the header's, or the last move's).
    public static func pinnedGrid(of journal: Journal) -> (id: String, sha256: String) {
        var pinned = (id: journal.header.grid, sha256: journal.header.gridSHA256)
        for entry in journal.entries {
            if case .grid(let id, _, let sha256) = entry.event { pinned = (id, sha256) }
        }
        return pinned
    }

    /// The grid of `journal`: the copy in `.grids/`, else `candidates` (built-in, `--grid`) with the same SHA-256.
    public func grid(for journal: Journal, candidates: [LoadedGrid] = []) throws(CaseGridError) -> LoadedGrid {
        let pinned = Self.pinnedGrid(of: journal)
        return try grid(header: journal.header, sha256: pinned.sha256, gridID: pinned.id, candidates: candidates)
    }

    /// The grid with this SHA-256 for the case of `header`.
    public func grid(header: JournalHeader, sha256: String, gridID: String,
                     candidates: [LoadedGrid] = []) throws(CaseGridError) -> LoadedGrid {
        let pinned = (id: gridID, sha256: sha256)
        if let text = store.loadGridCopy(sha256: pinned.sha256) {
            do {
                return try GridLoader.load(text: text, file: store.gridCopyPath(sha256: pinned.sha256) ?? pinned.sha256)
            } catch {
                throw .invalidCopy(error)
            }
        }
        var all = candidates
        if let builtIn = try? DefaultGrid.load() { all.append(builtIn) }
        if let match = all.first(where: { $0.sha256 == pinned.sha256 }) { return match }
        throw .missing(caseID: header.caseID, grid: pinned.id, sha256: pinned.sha256,
                       copyPath: store.gridCopyPath(sha256: pinned.sha256) ?? store.gridsDirectory)
    }
}
