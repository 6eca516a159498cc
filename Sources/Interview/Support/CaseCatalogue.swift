import ArgumentParser
import Grid

/// The cases to export, checked before anything is written: each journal reads and its grid is found.
struct CaseCatalogue {
    let store: CaseStore
    let ids: [String]
    /// The grid of each case, by case id; grids are shared by SHA-256.
    let grids: [String: LoadedGrid]

    /// Reads every journal once; fails with the first problem (65, 66) before any output.
    static func check(_ ids: [String], store: CaseStore, language: Language) throws -> CaseCatalogue {
        var bySHA: [String: LoadedGrid] = [:]
        var grids: [String: LoadedGrid] = [:]
        let t = Messages(language: language)
        for id in ids {
            do {
                guard store.exists(id) else {
                    throw Failure.exit(t("Aucun cas « \(id) » dans \(store.directory) : interview list montre les cas.",
                                         "No case '\(id)' in \(store.directory): interview list shows the cases."), code: SysExit.noInput)
                }
                let journal = try JournalReader.read(path: try store.journalPath(for: id))
                let pinned = CaseGridResolver.pinnedGrid(of: journal)
                if let known = bySHA[pinned.sha256] {
                    grids[id] = known
                } else {
                    let loaded = try CaseGridResolver(store: store).grid(for: journal)
                    bySHA[pinned.sha256] = loaded
                    grids[id] = loaded
                }
            } catch let error as JournalError {
                throw Failure.journal(error, language)
            } catch let error as CaseGridError {
                throw Failure.exit(error.message(in: language), code: error.exitCode)
            }
        }
        return CaseCatalogue(store: store, ids: ids, grids: grids)
    }

    /// The grids involved, in order of first use.
    var distinctGrids: [Grid] {
        var seen: Set<String> = []
        return ids.compactMap { grids[$0] }.filter { seen.insert($0.sha256).inserted }.map(\.grid)
    }

    /// The record of one case (its journal read again, so memory holds one case at a time).
    func record(_ id: String, anonymise: Bool) throws(JournalError) -> (CaseRecord, LoadedGrid)? {
        guard let grid = grids[id] else { return nil }
        let journal = try JournalReader.read(path: try store.journalPath(for: id))
        return (CaseRecordBuilder(anonymise: anonymise).record(journal: journal, grid: grid), grid)
    }
}
