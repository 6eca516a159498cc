import Foundation
@testable import Grid
#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// A fresh temporary directory with a responses store inside, removed when the fixture goes away.
final class JournalFixture {
    /// The temporary directory.
    let root: String
    /// A store for `<root>/responses` (not created yet).
    let store: CaseStore

    init() throws {
        var template = Array((NSTemporaryDirectory() + "/journal-tests-XXXXXX").utf8CString)
        guard let made = mkdtemp(&template) else { throw POSIXError(.EIO) }
        root = String(cString: made)
        store = CaseStore(directory: root + "/responses")
    }

    deinit {
        try? FileManager.default.removeItem(atPath: root)
    }

    /// A tiny grid with its text and digest.
    static let grid: LoadedGrid = {
        let text = "grid: essai\nversion: 1\ntitle: Essai\nsections: []\n"
        let question = Question(id: "q1", text: "Question ?", type: .text)
        let grid = Grid(id: "essai", version: 1, title: "Essai", sections: [Section(id: "s1", title: "S", questions: [question])])
        return LoadedGrid(grid: grid, text: text, sha256: SHA256.hex(of: text), file: "essai.yaml")
    }()

    /// A header for a case of the tiny grid, at a fixed time.
    static func header(_ caseID: String) -> JournalHeader {
        JournalHeader(caseID: caseID, uuid: UUID(uuid: (1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16)), grid: grid, interviewer: "Zoé", language: .fr, program: "interview test",
                      started: Date(timeIntervalSince1970: 1_790_000_000))
    }

    /// An entry at a whole second (timestamps keep milliseconds, so it round-trips exactly).
    static func entry(_ event: JournalEvent, _ second: Int = 0) -> JournalEntry {
        JournalEntry(event, at: Date(timeIntervalSince1970: 1_790_000_000 + Double(second)))
    }

    /// The journal path of a case.
    func path(_ caseID: String) throws -> String {
        try store.journalPath(for: caseID)
    }

    /// A file's bytes (empty when missing).
    func bytes(_ path: String) -> [UInt8] {
        FileManager.default.contents(atPath: path).map { Array($0) } ?? []
    }

    /// A file's permission bits.
    func mode(_ path: String) -> mode_t {
        var info = stat()
        guard stat(path, &info) == 0 else { return 0 }
        return info.st_mode & 0o7777
    }

    /// Writes a whole file, creating the responses directory if needed.
    func write(_ text: String, to path: String) throws {
        try store.ensureDirectory()
        try Data(text.utf8).write(to: URL(fileURLWithPath: path))
    }

    /// Appends raw text to a file, as a crash in the middle of a write would leave it.
    func appendRaw(_ text: String, to path: String) throws {
        let handle = try FileHandle(forWritingTo: URL(fileURLWithPath: path))
        defer { try? handle.close() }
        try handle.seekToEnd()
        try handle.write(contentsOf: Data(text.utf8))
    }

    /// The header line as the writer encodes it (without the newline).
    static func headerLine(_ caseID: String) throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.withoutEscapingSlashes, .sortedKeys]
        return String(decoding: try encoder.encode(header(caseID)), as: UTF8.self)
    }

    /// An event line as the writer encodes it (without the newline).
    static func line(_ entry: JournalEntry) throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.withoutEscapingSlashes, .sortedKeys]
        return String(decoding: try encoder.encode(entry), as: UTF8.self)
    }
}
