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

@Suite("Case stores: case ids, listing, grid copies and deletion")
struct CaseStoreTests {
    static let hostileIDs = ["../x", "/abs/x", "a/b", ".x", "", "X", "..", "a\u{0}b", "x y", "é", "-x"]

    @Test("Case ids that are not slugs are refused before any path is built", arguments: hostileIDs)
    func hostileCaseIDsAreRefused(id: String) throws {
        let fixture = try JournalFixture()
        #expect(throws: JournalError.invalidCaseID(id)) { try fixture.store.journalPath(for: id) }
        #expect(!fixture.store.exists(id))
        #expect(throws: JournalError.invalidCaseID(id)) { try fixture.store.delete(id) }
        #expect(throws: JournalError.invalidCaseID(id)) {
            try JournalWriter.create(store: fixture.store, header: JournalFixture.header(id))
        }
        #expect(throws: JournalError.invalidCaseID(id)) { try JournalWriter.open(store: fixture.store, caseID: id) }
        #expect(fixture.store.tornFiles(of: id).isEmpty)
        #expect(!FileManager.default.fileExists(atPath: fixture.store.directory))
        #expect(try FileManager.default.contentsOfDirectory(atPath: fixture.root).isEmpty)
    }

    @Test("Journal paths are the directory, the case id and .jsonl")
    func journalPaths() throws {
        #expect(try CaseStore(directory: "responses").journalPath(for: "cas-1") == "responses/cas-1.jsonl")
        #expect(try CaseStore(directory: "responses//").journalPath(for: "a.b_c") == "responses/a.b_c.jsonl")
        #expect(try CaseStore(directory: "/").journalPath(for: "x") == "/x.jsonl")
        #expect(CaseStore(directory: "/srv/r/").gridsDirectory == "/srv/r/.grids")
        #expect(try CaseStore(directory: "").journalPath(for: "x") == "./x.jsonl")
    }

    @Test("ensureDirectory creates the directory and its parents with mode 0700")
    func ensureDirectoryCreatesPrivateDirectories() throws {
        let fixture = try JournalFixture()
        let store = CaseStore(directory: fixture.root + "/a/b/responses")
        try store.ensureDirectory()
        try store.ensureDirectory()
        #expect(fixture.mode(fixture.root + "/a") == 0o700)
        #expect(fixture.mode(fixture.root + "/a/b") == 0o700)
        #expect(fixture.mode(store.directory) == 0o700)
    }

    @Test("ensureDirectory refuses a path that is a file")
    func ensureDirectoryRefusesAFile() throws {
        let fixture = try JournalFixture()
        let path = fixture.root + "/file"
        #expect(FileManager.default.createFile(atPath: path, contents: Data()))
        #expect(throws: JournalError.self) { try CaseStore(directory: path).ensureDirectory() }
    }

    @Test("caseIDs lists only .jsonl files named by a slug, sorted")
    func caseIDsListsSlugJournals() throws {
        let fixture = try JournalFixture()
        #expect(fixture.store.caseIDs().isEmpty)
        try fixture.store.ensureDirectory()
        let names = ["zeta.jsonl", "alpha.jsonl", "b-2.jsonl", "b.10.jsonl", "Bad.jsonl", ".hidden.jsonl", "notes.txt",
                     "alpha.jsonl.torn-20260101T000000Z", "x.jsonl.bak", "é.jsonl", ".jsonl"]
        for name in names {
            #expect(FileManager.default.createFile(atPath: fixture.store.directory + "/" + name, contents: Data()))
        }
        try FileManager.default.createDirectory(atPath: fixture.store.gridsDirectory, withIntermediateDirectories: true)
        #expect(fixture.store.caseIDs() == ["alpha", "b-2", "b.10", "zeta"])
        #expect(fixture.store.exists("alpha"))
        #expect(!fixture.store.exists("gamma"))
    }

    // MARK: - Grid copies

    @Test("A grid copy is saved once, with mode 0600, and loaded back byte for byte")
    func gridCopyIsSavedOnce() throws {
        let fixture = try JournalFixture()
        let grid = JournalFixture.grid
        #expect(try fixture.store.loadGridCopy(sha256: grid.sha256) == nil)
        try fixture.store.saveGridCopy(grid)
        let path = try #require(fixture.store.gridCopyPath(sha256: grid.sha256))
        #expect(path == fixture.store.directory + "/.grids/" + grid.sha256 + ".yaml")
        #expect(try fixture.store.loadGridCopy(sha256: grid.sha256) == grid.text)
        #expect(fixture.mode(path) == 0o600)
        #expect(fixture.mode(fixture.store.gridsDirectory) == 0o700)
        #expect(try FileManager.default.contentsOfDirectory(atPath: fixture.store.gridsDirectory) == [grid.sha256 + ".yaml"])

        // Write-once: an intact copy is left alone (same file, not rewritten).
        let inode = try FileManager.default.attributesOfItem(atPath: path)[.systemFileNumber] as? Int
        try fixture.store.saveGridCopy(grid)
        #expect(try FileManager.default.attributesOfItem(atPath: path)[.systemFileNumber] as? Int == inode)

        // A copy whose text no longer has its SHA-256 is put back.
        try Data("déjà là".utf8).write(to: URL(fileURLWithPath: path))
        try fixture.store.saveGridCopy(grid)
        #expect(try fixture.store.loadGridCopy(sha256: grid.sha256) == grid.text)
        #expect(try FileManager.default.contentsOfDirectory(atPath: fixture.store.gridsDirectory).count == 1)
    }

    @Test("Grid copy paths are only built from SHA-256 digests")
    func gridCopyPathsNeedDigests() throws {
        let fixture = try JournalFixture()
        for text in ["../../etc/passwd", "", String(repeating: "A", count: 64), String(repeating: "a", count: 63), "x/" + String(repeating: "a", count: 62)] {
            #expect(fixture.store.gridCopyPath(sha256: text) == nil)
            #expect(try fixture.store.loadGridCopy(sha256: text) == nil)
        }
        var hostile = JournalFixture.grid
        hostile.sha256 = "../../evil"
        #expect(throws: JournalError.self) { try fixture.store.saveGridCopy(hostile) }
        #expect(!FileManager.default.fileExists(atPath: fixture.store.directory))
    }

    // MARK: - Deleting

    @Test("delete removes the journal and its torn files, and nothing else")
    func deleteRemovesJournalAndTornFiles() throws {
        let fixture = try JournalFixture()
        for id in ["a", "ab", "a.jsonl.torn-x"] {
            try JournalWriter.create(store: fixture.store, header: JournalFixture.header(id)).close()
        }
        let directory = fixture.store.directory
        let torn = ["a.jsonl.torn-20260101T000000Z", "a.jsonl.torn-20260101T000000Z-2"]
        for name in torn + ["ab.jsonl.torn-20260101T000000Z", "a.jsonl.torn-notatime"] {
            #expect(FileManager.default.createFile(atPath: directory + "/" + name, contents: Data("x".utf8)))
        }
        #expect(fixture.store.tornFiles(of: "a") == torn.map { directory + "/" + $0 })
        try fixture.store.saveGridCopy(JournalFixture.grid)

        try fixture.store.delete("a")
        #expect(!fixture.store.exists("a"))
        #expect(fixture.store.tornFiles(of: "a").isEmpty)
        #expect(fixture.store.caseIDs() == ["a.jsonl.torn-x", "ab"])
        #expect(FileManager.default.fileExists(atPath: directory + "/ab.jsonl.torn-20260101T000000Z"))
        #expect(FileManager.default.fileExists(atPath: directory + "/a.jsonl.torn-notatime"))
        #expect(try fixture.store.loadGridCopy(sha256: JournalFixture.grid.sha256) != nil)
    }

    @Test("delete is refused while a writer holds the case, and works once it is closed")
    func deleteRefusesLockedCase() throws {
        let fixture = try JournalFixture()
        let writer = try JournalWriter.create(store: fixture.store, header: JournalFixture.header("cas-1"))
        let path = try fixture.path("cas-1")
        #expect(throws: JournalError.locked(caseID: "cas-1", path: path)) { try fixture.store.delete("cas-1") }
        #expect(fixture.store.exists("cas-1"))
        try writer.append(JournalFixture.entry(.pause))
        writer.close()
        try fixture.store.delete("cas-1")
        #expect(!fixture.store.exists("cas-1"))
        #expect(throws: JournalError.notFound(path: path)) { try fixture.store.delete("cas-1") }
    }

    @Test("A case can be created again after it was deleted")
    func caseCanBeRecreated() throws {
        let fixture = try JournalFixture()
        try JournalWriter.create(store: fixture.store, header: JournalFixture.header("cas-1")).close()
        try fixture.store.delete("cas-1")
        let writer = try JournalWriter.create(store: fixture.store, header: JournalFixture.header("cas-1"))
        writer.close()
        #expect(try JournalReader.read(path: writer.path).entries.isEmpty)
    }
}
