/// Finds the exact grid a case follows: its kept copy, else a grid with the same SHA-256.
public struct CaseGridResolver: Sendable {
    public let store: CaseStore

    public init(store: CaseStore) {
        self.store = store
    }


    /// The grid of `journal`: the copy in `.grids/`, else `candidates` (built-in, `--grid`) with the same SHA-256.
    public func grid(for journal: Journal, candidates: [LoadedGrid] = []) throws(CaseGridError) -> LoadedGrid {
        let pinned = journal.pinnedGrid
        return try grid(header: journal.header, sha256: pinned.sha256, gridID: pinned.id, candidates: candidates)
    }

    /// The grid with this SHA-256 for the case of `header`.
    ///
    /// The kept copy is trusted only when its text still has that SHA-256: a copy edited since
    /// (questions deleted, a label changed) would make answers vanish or change silently, so it
    /// is refused unless a grid file with the right SHA-256 is given (`--grid`).
    public func grid(header: JournalHeader, sha256: String, gridID: String,
                     candidates: [LoadedGrid] = []) throws(CaseGridError) -> LoadedGrid {
        let pinned = (id: gridID, sha256: sha256)
        let copyPath = store.gridCopyPath(sha256: pinned.sha256) ?? store.gridsDirectory
        let copy: String?
        do {
            copy = try store.loadGridCopy(sha256: pinned.sha256)
        } catch {
            throw .unreadableCopy(error)
        }
        if let copy {
            if SHA256.hex(of: copy) == pinned.sha256 {
                do {
                    return try GridLoader.load(text: copy, file: copyPath)
                } catch {
                    throw .invalidCopy(error)
                }
            }
            if let given = candidates.first(where: { $0.sha256 == pinned.sha256 }) { return given }
            let builtIn = (try? DefaultGrid.load())?.sha256 == pinned.sha256
            throw .alteredCopy(caseID: header.caseID, path: copyPath, builtIn: builtIn)
        }
        var all = candidates
        if let builtIn = try? DefaultGrid.load() { all.append(builtIn) }
        if let match = all.first(where: { $0.sha256 == pinned.sha256 }) { return match }
        throw .missing(caseID: header.caseID, grid: pinned.id, sha256: pinned.sha256, copyPath: copyPath)
    }
}
