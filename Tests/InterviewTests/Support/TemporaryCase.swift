import Foundation
import Grid

/// A case in a fresh temporary responses directory, journaled by a real `JournalWriter`.
///
/// The directory is removed when the value goes away.
final class TemporaryCase {
    let directory: String
    let store: CaseStore
    let caseID: String
    let loaded: LoadedGrid

    init(grid loaded: LoadedGrid, caseID: String = "essai") {
        directory = FileManager.default.temporaryDirectory
            .appendingPathComponent("interview-session-tests-" + UUID().uuidString.lowercased()).path
        store = CaseStore(directory: directory)
        self.caseID = caseID
        self.loaded = loaded
    }

    deinit {
        try? FileManager.default.removeItem(atPath: directory)
    }

    /// Whether the case has a journal yet.
    var exists: Bool { store.exists(caseID) }

    /// The journal's path.
    var path: String { directory + "/" + caseID + ".jsonl" }

    /// Creates the journal (header only) and returns its writer.
    func create(language: Language = .fr) throws -> JournalWriter {
        try store.ensureDirectory()
        let header = JournalHeader(caseID: caseID, grid: loaded, interviewer: "Test", language: language, program: "interview-tests")
        return try JournalWriter.create(store: store, header: header)
    }

    /// Opens the existing journal for writing, with the state its events give.
    func reopen() throws -> (JournalWriter, SessionState) {
        let (writer, _, journal) = try JournalWriter.open(store: store, caseID: caseID)
        return (writer, SessionState(grid: loaded.grid, replaying: journal.entries))
    }

    /// The journal as saved on disk.
    func journal() throws -> Journal {
        try JournalReader.read(path: path)
    }

    /// The events saved on disk, in order.
    func events() throws -> [JournalEvent] {
        try journal().entries.map(\.event)
    }

    /// The state replayed from the journal on disk.
    func replayed() throws -> SessionState {
        SessionState(grid: loaded.grid, replaying: try journal().entries)
    }
}
