import Foundation
import Grid
import Testing
#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// A journal's header read from disk is checked like typed input: its case id must be a slug and
/// the file's own name, its UUID and start time what this program writes; an empty journal that a
/// writer holds is said to be being created.
@Suite("Journal headers read from disk")
struct JournalHeaderChecksTests {
    /// Writes the tiny grid's header for `caseID` as `<file>.jsonl`, after `edit`.
    private func journal(_ fixture: JournalFixture, file: String, caseID: String = "c1",
                         edit: (String) -> String = { $0 }) throws -> String {
        try fixture.store.ensureDirectory()
        let line = String(decoding: try JSONEncoder().encode(JournalFixture.header(caseID)), as: UTF8.self)
        let path = fixture.store.directory + "/" + file + ".jsonl"
        try Data((edit(line) + "\n").utf8).write(to: URL(fileURLWithPath: path))
        return path
    }

    @Test("A header whose case id is a path, upper case or empty is refused as a bad header",
          arguments: ["../../pwned", "/etc/x", "C1", "", "a/b"])
    func caseIDsThatAreNotSlugs(caseID: String) throws {
        let fixture = try JournalFixture()
        let path = try journal(fixture, file: "c1") { $0.replacingOccurrences(of: #""case":"c1""#, with: "\"case\":\"\(caseID)\"") }
        #expect(throws: JournalError.badHeader(path: path, problem: .caseID)) { try JournalReader.read(path: path) }
    }

    @Test("A journal whose header names another case than its file is refused, naming both")
    func caseAndFileDisagree() throws {
        let fixture = try JournalFixture()
        let path = try journal(fixture, file: "c2")
        #expect(throws: JournalError.caseMismatch(path: path, headerCaseID: "c1")) { try JournalReader.read(path: path) }
        #expect(throws: JournalError.caseMismatch(path: path, headerCaseID: "c1")) { try JournalReader.pinnedGrid(path: path) }
        #expect(throws: JournalError.caseMismatch(path: path, headerCaseID: "c1")) { try JournalWriter.open(store: fixture.store, caseID: "c2") }
        let message = JournalError.caseMismatch(path: path, headerCaseID: "c1").message(in: .fr)
        #expect(message.contains("c2.jsonl") && message.contains("« c1 »"))
    }

    @Test("UUIDs, start times and grid digests that this program would not write are refused",
          arguments: [
            (#""uuid":"01020304-0506-0708-090a-0b0c0d0e0f10""#, #""uuid":"../../x""#),
            (#""uuid":"01020304-0506-0708-090a-0b0c0d0e0f10""#, #""uuid":"01020304-0506-0708-090A-0B0C0D0E0F10""#),
            (#""started":"2026-09-21T14:13:20.000Z""#, #""started":"yesterday""#),
          ])
    func editedValues(original: String, edited: String) throws {
        let fixture = try JournalFixture()
        let path = try journal(fixture, file: "c1") { line in
            #expect(line.contains(original), "\(line)")
            return line.replacingOccurrences(of: original, with: edited)
        }
        #expect(throws: JournalError.self) { try JournalReader.read(path: path) }
        #expect(throws: JournalError.self) { try JournalReader.pinnedGrid(path: path) }
    }

    @Test("An empty journal is said to be being created while a writer holds its lock, and empty otherwise")
    func emptyJournalBeingCreated() throws {
        let fixture = try JournalFixture()
        try fixture.store.ensureDirectory()
        let path = fixture.store.directory + "/c1.jsonl"
        #expect(FileManager.default.createFile(atPath: path, contents: nil, attributes: [.posixPermissions: 0o600]))
        let fd = open(path, O_RDONLY)
        #expect(fd >= 0 && flock(fd, LOCK_EX | LOCK_NB) == 0)
        #expect(throws: JournalError.beingCreated(caseID: "c1", path: path)) { try JournalReader.read(path: path) }
        #expect(throws: JournalError.beingCreated(caseID: "c1", path: path)) { try JournalReader.pinnedGrid(path: path) }
        close(fd)
        #expect(throws: JournalError.empty(path: path)) { try JournalReader.read(path: path) }
    }

    @Test("A new journal appears under its name already holding its header and locked, and no staging file is left")
    func creationIsOneStep() throws {
        let fixture = try JournalFixture()
        let writer = try JournalWriter.create(store: fixture.store, header: JournalFixture.header("c1"))
        let path = try fixture.store.journalPath(for: "c1")
        #expect(try JournalReader.read(path: path).header.caseID == "c1")
        #expect(throws: JournalError.locked(caseID: "c1", path: path)) { try fixture.store.delete("c1") }
        #expect(try FileManager.default.contentsOfDirectory(atPath: fixture.store.directory).filter { $0.hasPrefix(".") }.isEmpty)
        writer.close()
        try fixture.store.delete("c1")
    }
}

extension JournalHeaderChecksTests {
    @Test("A staged journal left by a new killed before linking it is removed by the next new; one still locked is kept")
    func abandonedStagedJournals() throws {
        let fixture = try JournalFixture()
        try fixture.store.ensureDirectory()
        // A process that has ended: its id is free (until reused, which the lock still guards).
        let ended = Process()
        ended.executableURL = URL(fileURLWithPath: "/bin/true")
        try ended.run()
        ended.waitUntilExit()
        let abandoned = fixture.store.directory + "/.c9.jsonl.new-\(ended.processIdentifier)-0123456789abcdef"
        let busy = fixture.store.directory + "/.c8.jsonl.new-\(ended.processIdentifier)-fedcba9876543210"
        let running = fixture.store.directory + "/.c7.jsonl.new-\(getpid())-fedcba9876543210"
        #expect(FileManager.default.createFile(atPath: running, contents: Data("{}\n".utf8), attributes: [.posixPermissions: 0o600]))
        for path in [abandoned, busy] {
            #expect(FileManager.default.createFile(atPath: path, contents: Data("{}\n".utf8), attributes: [.posixPermissions: 0o600]))
        }
        let fd = open(busy, O_RDONLY)
        defer { close(fd) }
        #expect(flock(fd, LOCK_EX | LOCK_NB) == 0)
        try JournalWriter.create(store: fixture.store, header: JournalFixture.header("c1")).close()
        #expect(!FileManager.default.fileExists(atPath: abandoned))
        #expect(FileManager.default.fileExists(atPath: busy), "locked: still being created")
        #expect(FileManager.default.fileExists(atPath: running), "its process runs: still being created")
    }
}
