import Grid

/// The cases to export, checked before anything is written: each journal's header reads and
/// its grid is found. Events are decoded later, one batch of cases at a time.
struct CaseCatalogue: Sendable {
    let store: CaseStore
    let ids: [String]
    /// The grids involved, each once, in order of first use.
    let grids: [LoadedGrid]
    /// The grid of each case: its position in `grids`, by case id (a small number per case, so
    /// that memory stays flat however many cases are exported).
    let gridOfCase: [String: Int]
    /// The interface language, for warnings.
    var language: Language = .fr
    /// The language records are written in when `--lang` names one; else each case's own.
    var textLanguage: Language?
    /// Each grid in each of its other languages, made once (see `Grid.localized(to:)`).
    private let translated: [[Language: LoadedGrid]]

    init(store: CaseStore, ids: [String], grids: [LoadedGrid], gridOfCase: [String: Int], language: Language) {
        self.store = store
        self.ids = ids
        self.grids = grids
        self.gridOfCase = gridOfCase
        self.language = language
        translated = grids.map { loaded in
            Dictionary(uniqueKeysWithValues: loaded.grid.languages.dropFirst().map { ($0, loaded.localized(to: $0)) })
        }
    }

    /// The grid at `position` with its texts in `language` when it is written in it.
    func grid(at position: Int, in language: Language) -> LoadedGrid {
        translated[position][language] ?? grids[position]
    }

    /// Reads every journal's header; fails with the first problem (a case missing, a journal or a
    /// grid that cannot be read) before any output.
    /// `candidates` (from `--grid`) stand in for grid copies that are missing.
    /// Headers are read on all cores, a batch at a time; grids are then found in case order.
    static func check(_ ids: [String], store: CaseStore, language: Language, candidates: [LoadedGrid] = [],
                      batchSize: Int = 256) throws -> CaseCatalogue {
        var bySHA: [String: Int] = [:]
        var grids: [LoadedGrid] = []
        var gridOfCase: [String: Int] = [:]
        for batch in ids.batches(of: batchSize) {
            let pinned = ParallelMap.run(Array(batch)) { id in
                Result { () throws(JournalError) in
                    store.exists(id) ? try JournalReader.pinnedGrid(path: try store.journalPath(for: id)) : nil
                }
            }
            for (id, result) in zip(batch, pinned) {
                guard let pinned = try result.get() else { throw CommandError.noCase(id: id, folder: store.directory) }
                if let known = bySHA[pinned.sha256] {
                    gridOfCase[id] = known
                } else {
                    let loaded = try CaseGridResolver(store: store).grid(header: pinned.header, sha256: pinned.sha256, gridID: pinned.grid,
                                                                         candidates: candidates)
                    bySHA[pinned.sha256] = grids.count
                    gridOfCase[id] = grids.count
                    grids.append(loaded)
                }
            }
        }
        return CaseCatalogue(store: store, ids: ids, grids: grids, gridOfCase: gridOfCase, language: language)
    }

    /// The grids involved, in order of first use.
    var distinctGrids: [Grid] {
        grids.map(\.grid)
    }

    /// The record of one case (its journal read in full now, so memory holds a batch at a time),
    /// with its grid in the case's language.
    func record(_ id: String, anonymise: Bool, keepNotes: Bool = false) throws(JournalError) -> (CaseRecord, LoadedGrid)? {
        guard let position = gridOfCase[id] else { return nil }
        let journal = try JournalReader.read(path: try store.journalPath(for: id))
        if journal.tornTail { TornTailWarning.show(caseID: id, path: journal.path, language: language) }
        // The case's texts in the language it was taken in, when its grid is written in it.
        let grid = grid(at: position, in: textLanguage ?? journal.header.language)
        return (CaseRecordBuilder(anonymise: anonymise, keepNotes: keepNotes).record(journal: journal, grid: grid), grid)
    }

    /// Renders every case in order, `batchSize` cases at a time on all cores, handing each
    /// batch's renderings to `write` in case order (a case `render` gives nil for is left out);
    /// the next batch is rendered while `write` takes this one. Stops at the first error (once
    /// the batch in flight is done).
    func renderInBatches<Output: Sendable>(anonymise: Bool, keepNotes: Bool = false, batchSize: Int = 64,
                                           render: @escaping @Sendable (CaseRecord, LoadedGrid) throws -> Output?,
                                           write: (Output, CaseRecord) throws -> Void) throws {
        let catalogue = self
        var batches = ids.batches(of: batchSize).makeIterator()
        let start = { (batch: ArraySlice<String>) in
            RenderedBatch<Output>.start(Array(batch)) { id in
                guard let (record, grid) = try catalogue.record(id, anonymise: anonymise, keepNotes: keepNotes),
                      let output = try render(record, grid) else { return nil }
                return (output, record)
            }
        }
        var next = batches.next().map(start)
        // On an error, the batch being rendered is let finish before the error goes up: nothing
        // reads journals (or warns about them) after the command has said why it stopped.
        defer { _ = next?.wait() }
        while let current = next {
            let results = current.wait()
            next = batches.next().map(start)
            for result in results {
                if let (output, record) = try result.get() { try write(output, record) }
            }
        }
    }
}
