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

@Suite("Journals: writing, locking, reading and recovery")
struct JournalTests {
    // MARK: - Creating

    @Test("Create writes a header-only journal with mode 0600")
    func createWritesHeaderOnly() throws {
        let fixture = try JournalFixture()
        let writer = try JournalWriter.create(store: fixture.store, header: JournalFixture.header("cas-1"))
        defer { writer.close() }
        let path = try fixture.path("cas-1")
        #expect(writer.path == path)
        #expect(writer.caseID == "cas-1")
        #expect(fixture.mode(path) == 0o600)
        #expect(fixture.mode(fixture.store.directory) == 0o700)
        let expectedLine = try JournalFixture.headerLine("cas-1") + "\n"
        #expect(String(decoding: fixture.bytes(path), as: UTF8.self) == expectedLine)
        let journal = try JournalReader.read(path: path)
        #expect(journal.header == JournalFixture.header("cas-1"))
        #expect(journal.entries.isEmpty)
        #expect(!journal.tornTail)
        #expect(journal.path == path)

        try writer.append(JournalFixture.entry(.pause))
        let lines = String(decoding: fixture.bytes(path), as: UTF8.self).split(separator: "\n")
        #expect(lines.last == #"{"at":"2026-09-21T14:13:20.000Z","event":"pause"}"#)
    }

    @Test("Creating a case twice is refused with alreadyExists and leaves the first journal unchanged")
    func createTwiceIsRefused() throws {
        let fixture = try JournalFixture()
        let writer = try JournalWriter.create(store: fixture.store, header: JournalFixture.header("cas-1"))
        try writer.append(JournalFixture.entry(.pause))
        writer.close()
        let path = try fixture.path("cas-1")
        let before = fixture.bytes(path)
        var other = JournalFixture.header("cas-1")
        other.interviewer = "Quelqu'un d'autre"
        #expect(throws: JournalError.alreadyExists(path: path)) {
            try JournalWriter.create(store: fixture.store, header: other)
        }
        #expect(fixture.bytes(path) == before)
    }

    // MARK: - Locking

    @Test("A second writer is refused with locked while the first one holds the journal")
    func secondWriterIsRefused() throws {
        let fixture = try JournalFixture()
        let path = try fixture.path("cas-1")
        let first = try JournalWriter.create(store: fixture.store, header: JournalFixture.header("cas-1"))
        #expect(throws: JournalError.locked(caseID: "cas-1", path: path)) {
            try JournalWriter.open(store: fixture.store, caseID: "cas-1")
        }
        first.close()
        let (second, _, _) = try JournalWriter.open(store: fixture.store, caseID: "cas-1")
        #expect(throws: JournalError.locked(caseID: "cas-1", path: path)) {
            try JournalWriter.open(store: fixture.store, caseID: "cas-1")
        }
        second.close()
        second.close()
        let (third, _, _) = try JournalWriter.open(store: fixture.store, caseID: "cas-1")
        third.close()
    }

    @Test("The lock is released when the writer goes away without close")
    func deinitReleasesTheLock() throws {
        let fixture = try JournalFixture()
        do {
            _ = try JournalWriter.create(store: fixture.store, header: JournalFixture.header("cas-1"))
        }
        let (writer, _, _) = try JournalWriter.open(store: fixture.store, caseID: "cas-1")
        writer.close()
    }

    @Test("Appending after close is refused and writes nothing")
    func appendAfterCloseIsRefused() throws {
        let fixture = try JournalFixture()
        let writer = try JournalWriter.create(store: fixture.store, header: JournalFixture.header("cas-1"))
        writer.close()
        let path = try fixture.path("cas-1")
        let before = fixture.bytes(path)
        #expect(throws: JournalError.self) { try writer.append(JournalFixture.entry(.pause)) }
        #expect(fixture.bytes(path) == before)
    }

    // MARK: - Round trip

    static let everyEvent: [JournalEvent] = [
        .answer(question: "q1", value: .text("Bonjour\nmonde\r\n\t« guillemets » \"doubles\" \\ / \u{0}\u{7}\u{1B}[31m 😀🇨🇦 \u{2028}fin"), seconds: 12.5),
        .answer(question: "q2", value: .list(["un", "deux\nlignes", "", "😀"]), seconds: 0),
        .answer(question: "q3", value: .number(1.5), seconds: 3),
        .answer(question: "q4", value: .number(-40_000.25), seconds: 3),
        .answer(question: "q5", value: .bool(true), seconds: 0.5),
        .answer(question: "q6", value: .bool(false), seconds: 0.5),
        .special(question: "q7", .dontKnow, seconds: 2),
        .special(question: "q8", .refused, seconds: 0),
        .skip(question: "q9"),
        .clear(question: "q1"),
        .draft(question: "q2", items: ["premier", "second\u{0}"], line: "en cours\nde frappe"),
        .draft(question: "q2", items: [], line: nil),
        .note(question: nil, text: "Note libre 📝\n2e ligne"),
        .note(question: "q3", text: "à propos de q3"),
        .quote(question: nil, text: "« On ne lâche rien »"),
        .quote(question: "q1", text: "\u{1F}\u{7F}"),
        .navigation(to: "q1"),
        .pause,
        .resume,
        .complete,
    ]

    @Test("Every kind of event round-trips through append and read, control characters and emoji included")
    func everyEventRoundTrips() throws {
        let fixture = try JournalFixture()
        let writer = try JournalWriter.create(store: fixture.store, header: JournalFixture.header("cas-1"))
        let entries = Self.everyEvent.enumerated().map { JournalFixture.entry($1, $0) }
        for entry in entries { try writer.append(entry) }
        writer.close()
        let path = try fixture.path("cas-1")
        let journal = try JournalReader.read(path: path)
        #expect(journal.entries == entries)
        #expect(!journal.tornTail)
        // One physical line per event: no raw newline escaped the JSON encoding.
        let bytes = fixture.bytes(path)
        #expect(bytes.filter { $0 == UInt8(ascii: "\n") }.count == entries.count + 1)
        #expect(bytes.last == UInt8(ascii: "\n"))
    }

    @Test("A reopened journal goes on where it stopped")
    func reopenedJournalAppends() throws {
        let fixture = try JournalFixture()
        let writer = try JournalWriter.create(store: fixture.store, header: JournalFixture.header("cas-1"))
        try writer.append(JournalFixture.entry(.skip(question: "q1"), 1))
        writer.close()
        let (again, recovery, _) = try JournalWriter.open(store: fixture.store, caseID: "cas-1")
        #expect(recovery.isClean)
        try again.append(JournalFixture.entry(.resume, 2))
        again.close()
        let journal = try JournalReader.read(path: try fixture.path("cas-1"))
        #expect(journal.entries.map(\.event) == [.skip(question: "q1"), .resume])
    }

    @Test("Open hands over the journal it read under the lock, torn tail left out: what a reader reads afterwards")
    func openHandsOverTheJournal() throws {
        let fixture = try JournalFixture()
        let path = try fixture.path("cas-1")
        let writer = try JournalWriter.create(store: fixture.store, header: JournalFixture.header("cas-1"))
        try writer.append(JournalFixture.entry(.answer(question: "q1", value: .text("oui"), seconds: 1), 1))
        writer.close()
        let handle = try #require(FileHandle(forWritingAtPath: path))
        handle.seekToEndOfFile()
        handle.write(Data(#"{"at":"2026-"#.utf8))
        try handle.close()
        let (again, _, journal) = try JournalWriter.open(store: fixture.store, caseID: "cas-1")
        again.close()
        #expect(journal == (try JournalReader.read(path: path)))
        #expect(journal.entries.map(\.event) == [.answer(question: "q1", value: .text("oui"), seconds: 1)])
    }

    // MARK: - Torn tails

    @Test("A torn last line is ignored by readers, then set aside and cut off by open")
    func tornTailIsRecovered() throws {
        let fixture = try JournalFixture()
        let path = try fixture.path("cas-1")
        let writer = try JournalWriter.create(store: fixture.store, header: JournalFixture.header("cas-1"))
        try writer.append(JournalFixture.entry(.answer(question: "q1", value: .text("oui"), seconds: 1), 1))
        try writer.append(JournalFixture.entry(.pause, 2))
        writer.close()
        let clean = fixture.bytes(path)
        let garbage = #"{"event":"answer","question":"q2","value":"à moit"#
        try fixture.appendRaw(garbage, to: path)

        let torn = try JournalReader.read(path: path)
        #expect(torn.tornTail)
        #expect(torn.entries.count == 2)

        let (reopened, recovery, _) = try JournalWriter.open(store: fixture.store, caseID: "cas-1")
        #expect(!recovery.permissionsFixed)
        let moved = try #require(recovery.tornBytesMovedTo)
        #expect(moved.hasPrefix(path + ".torn-"))
        #expect(String(decoding: fixture.bytes(moved), as: UTF8.self) == garbage)
        #expect(fixture.mode(moved) == 0o600)
        #expect(fixture.bytes(path) == clean)

        try reopened.append(JournalFixture.entry(.resume, 3))
        reopened.close()
        let journal = try JournalReader.read(path: path)
        #expect(!journal.tornTail)
        #expect(journal.entries.map(\.event) == [.answer(question: "q1", value: .text("oui"), seconds: 1), .pause, .resume])
        #expect(fixture.store.tornFiles(of: "cas-1") == [moved])
    }

    @Test("An invalid last line is set aside even when it ends with a newline")
    func invalidLastLineWithNewlineIsTorn() throws {
        let fixture = try JournalFixture()
        let path = try fixture.path("cas-1")
        try JournalWriter.create(store: fixture.store, header: JournalFixture.header("cas-1")).close()
        let clean = fixture.bytes(path)
        try fixture.appendRaw("\u{0}\u{0}\u{0}\n", to: path)
        #expect(try JournalReader.read(path: path).tornTail)
        let (writer, recovery, _) = try JournalWriter.open(store: fixture.store, caseID: "cas-1")
        writer.close()
        #expect(recovery.tornBytesMovedTo != nil)
        #expect(fixture.bytes(path) == clean)
    }

    @Test("Two recoveries in the same second get distinct torn files")
    func tornFilesDoNotCollide() throws {
        let fixture = try JournalFixture()
        let path = try fixture.path("cas-1")
        try JournalWriter.create(store: fixture.store, header: JournalFixture.header("cas-1")).close()
        var moved: [String] = []
        for garbage in ["{\"a", "{\"b"] {
            try fixture.appendRaw(garbage, to: path)
            let (writer, recovery, _) = try JournalWriter.open(store: fixture.store, caseID: "cas-1")
            writer.close()
            moved.append(try #require(recovery.tornBytesMovedTo))
        }
        #expect(Set(moved).count == 2)
        #expect(fixture.store.tornFiles(of: "cas-1").count == 2)
    }

    @Test("A complete last line without its newline is kept, and open adds the newline")
    func completeLastLineIsKept() throws {
        let fixture = try JournalFixture()
        let path = try fixture.path("cas-1")
        let entry = JournalFixture.entry(.note(question: nil, text: "gardée"), 1)
        try fixture.write(try JournalFixture.headerLine("cas-1") + "\n" + JournalFixture.line(entry), to: path)
        let read = try JournalReader.read(path: path)
        #expect(!read.tornTail)
        #expect(read.entries == [entry])

        let (writer, recovery, _) = try JournalWriter.open(store: fixture.store, caseID: "cas-1")
        #expect(recovery.tornBytesMovedTo == nil)
        try writer.append(JournalFixture.entry(.pause, 2))
        writer.close()
        #expect(try JournalReader.read(path: path).entries.map(\.event) == [entry.event, .pause])
    }

    // MARK: - Refused journals

    @Test("A corrupt line in the middle is refused with its line number, by readers and by open")
    func corruptMiddleLineIsRefused() throws {
        let fixture = try JournalFixture()
        let path = try fixture.path("cas-1")
        let text = try [
            JournalFixture.headerLine("cas-1"),
            JournalFixture.line(JournalFixture.entry(.pause, 1)),
            "",
            "ceci n'est pas du JSON",
            JournalFixture.line(JournalFixture.entry(.resume, 2)),
        ].joined(separator: "\n") + "\n"
        try fixture.write(text, to: path)
        #expect(throws: JournalError.corruptLine(path: path, line: 4)) { try JournalReader.read(path: path) }
        #expect(throws: JournalError.corruptLine(path: path, line: 4)) {
            try JournalWriter.open(store: fixture.store, caseID: "cas-1")
        }
        #expect(String(decoding: fixture.bytes(path), as: UTF8.self) == text)
        #expect(fixture.store.tornFiles(of: "cas-1").isEmpty)
    }

    @Test("A complete last line that is JSON but not an event is refused, not set aside")
    func unknownLastEventIsRefused() throws {
        let fixture = try JournalFixture()
        let path = try fixture.path("cas-1")
        let text = try JournalFixture.headerLine("cas-1") + "\n" + #"{"event":"teleport","at":"2026-01-01T00:00:00.000Z"}"# + "\n"
        try fixture.write(text, to: path)
        #expect(throws: JournalError.corruptLine(path: path, line: 2)) { try JournalReader.read(path: path) }
        #expect(throws: JournalError.corruptLine(path: path, line: 2)) {
            try JournalWriter.open(store: fixture.store, caseID: "cas-1")
        }
        #expect(String(decoding: fixture.bytes(path), as: UTF8.self) == text)
    }

    @Test("An empty journal is refused with empty")
    func emptyJournalIsRefused() throws {
        let fixture = try JournalFixture()
        let path = try fixture.path("cas-1")
        for text in ["", "\n\n  \n"] {
            try fixture.write(text, to: path)
            #expect(throws: JournalError.empty(path: path)) { try JournalReader.read(path: path) }
            #expect(throws: JournalError.empty(path: path)) { try JournalWriter.open(store: fixture.store, caseID: "cas-1") }
        }
    }

    @Test("A first line that is not a header is refused with badHeader")
    func badHeaderIsRefused() throws {
        let fixture = try JournalFixture()
        let path = try fixture.path("cas-1")
        try fixture.write("pas du JSON\n", to: path)
        #expect(throws: JournalError.badHeader(path: path, problem: .notJSON)) { try JournalReader.read(path: path) }
        try fixture.write(try JournalFixture.line(JournalFixture.entry(.pause)) + "\n", to: path)
        #expect(throws: JournalError.badHeader(path: path, problem: .missing(field: "journal_format"))) {
            try JournalReader.read(path: path)
        }
        #expect(throws: JournalError.badHeader(path: path, problem: .missing(field: "journal_format"))) {
            try JournalWriter.open(store: fixture.store, caseID: "cas-1")
        }
    }

    @Test("A journal of a newer format is refused with unsupportedFormat")
    func newerFormatIsRefused() throws {
        let fixture = try JournalFixture()
        let path = try fixture.path("cas-1")
        let header = try JournalFixture.headerLine("cas-1").replacingOccurrences(of: #""journal_format":1"#, with: #""journal_format":7"#)
        try fixture.write(header + "\n", to: path)
        #expect(throws: JournalError.unsupportedFormat(path: path, format: 7)) { try JournalReader.read(path: path) }
        #expect(throws: JournalError.unsupportedFormat(path: path, format: 7)) {
            try JournalWriter.open(store: fixture.store, caseID: "cas-1")
        }
    }

    @Test("A missing journal is refused with notFound")
    func missingJournalIsNotFound() throws {
        let fixture = try JournalFixture()
        let path = try fixture.path("absent")
        #expect(throws: JournalError.notFound(path: path)) { try JournalReader.read(path: path) }
        #expect(throws: JournalError.notFound(path: path)) { try JournalWriter.open(store: fixture.store, caseID: "absent") }
    }

    // MARK: - Permissions

    @Test("Open sets a journal readable by others back to 0600 and reports it")
    func openFixesPermissions() throws {
        let fixture = try JournalFixture()
        let path = try fixture.path("cas-1")
        try JournalWriter.create(store: fixture.store, header: JournalFixture.header("cas-1")).close()
        #expect(chmod(path, 0o644) == 0)
        let (writer, recovery, _) = try JournalWriter.open(store: fixture.store, caseID: "cas-1")
        writer.close()
        #expect(recovery.permissionsFixed)
        #expect(recovery.tornBytesMovedTo == nil)
        #expect(fixture.mode(path) == 0o600)
        let (again, second, _) = try JournalWriter.open(store: fixture.store, caseID: "cas-1")
        again.close()
        #expect(second.isClean)
    }

    // MARK: - Messages

    @Test("Every error has one sentence in each language naming the file or value, and a sysexits code")
    func messagesAndExitCodes() {
        let path = "responses/cas-1.jsonl"
        let cases: [(JournalError, Int32, String)] = [
            (.notFound(path: path), 66, path),
            (.alreadyExists(path: path), 73, path),
            (.locked(caseID: "cas-1", path: path), 75, path),
            (.invalidCaseID("../x"), 64, "../x"),
            (.empty(path: path), 65, path),
            (.badHeader(path: path, problem: .missing(field: "case")), 65, "`case`"),
            (.unsupportedFormat(path: path, format: 7), 65, "7"),
            (.corruptLine(path: path, line: 12), 65, "12"),
            (.writeFailed(path: path, reason: "No space left on device"), 73, "No space left on device"),
            (.ioError(path: path, operation: "fsync", reason: "Input/output error"), 74, "fsync"),
        ]
        for (error, code, value) in cases {
            #expect(error.exitCode.rawValue == code)
            for language in Language.allCases {
                let message = error.message(in: language)
                #expect(message.contains(value), "\(error) in \(language)")
                #expect(message.hasSuffix("."))
                #expect(!message.contains("\n"))
            }
        }
        #expect(JournalError.locked(caseID: "x", path: "responses/x.jsonl").message(in: .fr)
            == "Le cas « x » est déjà ouvert dans une autre session (responses/x.jsonl) : fermez-la d'abord.")
        #expect(JournalError.locked(caseID: "x", path: "responses/x.jsonl").message(in: .en)
            == "Case 'x' is already open in another session (responses/x.jsonl): close it first.")
        #expect(JournalError.corruptLine(path: path, line: 12).message(in: .fr).contains("ligne 12"))
        #expect(JournalError.corruptLine(path: path, line: 12).message(in: .en).contains("Line 12"))
    }

    @Test("Messages show control characters of hostile values escaped")
    func messagesEscapeControlCharacters() {
        let message = JournalError.invalidCaseID("a\u{1B}[31m\nb").message(in: .en)
        #expect(!message.unicodeScalars.contains { $0.value < 0x20 })
        #expect(message.contains("\\u{1b}"))
    }

    // MARK: - Full disk

    @Test("On a full disk append throws writeFailed, leaves no half line and stays usable")
    func fullDiskAppend() throws {
        try TinyDisk.with { directory in
            let store = CaseStore(directory: directory + "/responses")
            let writer = try JournalWriter.create(store: store, header: JournalFixture.header("cas-1"))
            defer { writer.close() }
            let path = writer.path
            let first = JournalFixture.entry(.answer(question: "q1", value: .text("avant"), seconds: 1), 1)
            try writer.append(first)
            let filler = try TinyDisk.fill(directory)
            let before = try #require(FileManager.default.contents(atPath: path))

            // Bigger than the free end of the journal's last page, so part of it is written first.
            let big = JournalFixture.entry(.note(question: nil, text: String(repeating: "mot ", count: 6_000)), 2)
            do throws(JournalError) {
                try writer.append(big)
                Issue.record("append should fail on a full disk")
            } catch {
                guard case .writeFailed(let failedPath, let reason) = error else {
                    Issue.record("expected writeFailed, got \(error)")
                    return
                }
                #expect(failedPath == path)
                #expect(reason == String(cString: strerror(ENOSPC)))
            }
            #expect(FileManager.default.contents(atPath: path) == before)
            #expect(try JournalReader.read(path: path).entries == [first])

            #expect(unlink(filler) == 0)
            let after = JournalFixture.entry(.pause, 3)
            try writer.append(after)
            let journal = try JournalReader.read(path: path)
            #expect(journal.entries == [first, after])
            #expect(!journal.tornTail)
        }
    }

    @Test("On a full disk create throws writeFailed and leaves no journal behind")
    func fullDiskCreate() throws {
        try TinyDisk.with { directory in
            let store = CaseStore(directory: directory)
            _ = try TinyDisk.fill(directory)
            #expect(throws: JournalError.writeFailed(path: directory + "/cas-1.jsonl", reason: String(cString: strerror(ENOSPC)))) {
                try JournalWriter.create(store: store, header: JournalFixture.header("cas-1"))
            }
            #expect(!store.exists("cas-1"))
        }
    }
}

/// A 64 KiB tmpfs mounted for one test (root only; the test is cancelled when it cannot be mounted).
enum TinyDisk {
    /// Mounts a tiny tmpfs on a fresh directory, runs the body, then unmounts it.
    static func with(_ body: (String) throws -> Void) throws {
        guard getuid() == 0 else { try Test.cancel("needs root to mount a tiny tmpfs") }
        let fixture = try JournalFixture()
        let directory = fixture.root + "/disk"
        guard mkdir(directory, 0o700) == 0 else { try Test.cancel("cannot create \(directory)") }
        guard mount("tmpfs", directory, "tmpfs", 0, "size=64k,mode=0700") == 0 else {
            try Test.cancel("cannot mount a tmpfs (\(String(cString: strerror(errno)))): run as root with CAP_SYS_ADMIN")
        }
        defer { _ = umount2(directory, Int32(MNT_DETACH)) }
        try body(directory)
    }

    /// Fills the file system holding `directory` with a filler file; its path.
    static func fill(_ directory: String) throws -> String {
        let path = directory + "/filler"
        let fd = open(path, O_WRONLY | O_CREAT | O_CLOEXEC, 0o600)
        guard fd >= 0 else { throw POSIXError(.EIO) }
        defer { close(fd) }
        let chunk = [UInt8](repeating: 0x41, count: 512)
        while chunk.withUnsafeBytes({ write(fd, $0.baseAddress, $0.count) }) > 0 {}
        return path
    }
}
