import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif
import Testing

/// Journals damaged or altered on disk: each gives its documented outcome (a warning, a
/// repair, or a clear refusal with its sysexits code), never a trap.
@Suite("Damaged journals", .serialized)
struct BadJournalTests {
    private let environment: TestEnvironment

    init() throws {
        environment = try TestEnvironment()
        try SmallGrid.write(in: environment)
    }

    private var journalPath: String { JournalFile.path(environment, "coop") }

    /// A paused case `coop` with a name, a two-item list and a yes/no answered.
    private func createCase() throws {
        let result = try environment.run(SmallGrid.newArguments(environment, caseID: "coop"), stdin: "Coop\nA\nB\n\noui\n", timeout: 5)
        #expect(result.status == 0, "\(result.stderr)")
    }

    private func run(_ arguments: [String], stdin: String = "") throws -> ProcessResult {
        let result = try environment.run(arguments, stdin: stdin, timeout: 10)
        #expect(!result.trapped, "\(arguments.joined(separator: " ")) trapped: exit \(result.status), \(result.stderr)")
        return result
    }

    private func append(_ text: String, to path: String) throws {
        let handle = try #require(FileHandle(forWritingAtPath: path))
        try handle.seekToEnd()
        try handle.write(contentsOf: Data(text.utf8))
        try handle.close()
    }

    private func journalLines() throws -> [String] {
        String(decoding: try Data(contentsOf: URL(fileURLWithPath: journalPath)), as: UTF8.self)
            .split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
    }

    private func mode(of path: String) throws -> Int {
        (try FileManager.default.attributesOfItem(atPath: path)[.posixPermissions] as? Int ?? -1) & 0o777
    }

    private func tornFiles() throws -> [String] {
        try environment.responseFiles().filter { $0.hasPrefix("coop.jsonl.torn-") }
    }

    // MARK: Torn last line

    @Test("With a torn last line, list, show and export still work (exit 0) and keep every complete answer")
    func tornLastLineIsReadAround() throws {
        defer { environment.remove() }
        try createCase()
        try append("{\"event\":\"answ", to: journalPath)
        let before = try Data(contentsOf: URL(fileURLWithPath: journalPath))

        let list = try run(["list"])
        #expect(list.status == 0, "\(list.stderr)")
        #expect(list.stdout.contains("coop"))
        let listJSON = try run(["list", "--format", "json"])
        #expect(listJSON.status == 0, "\(listJSON.stderr)")
        #expect(listJSON.stdout.contains("\"coop\""))

        let export = try run(["export", "coop", "--format", "json"])
        #expect(export.status == 0, "\(export.stderr)")
        let record = try JSONSerialization.jsonObject(with: Data(export.stdout.utf8)) as? [String: Any]
        #expect(record != nil, "one JSON record: \(export.stdout.prefix(300))")
        #expect(export.stdout.contains("\"Coop\""))
        #expect(export.stdout.contains("\"B\""))

        let show = try run(["show", "coop"])
        #expect(show.status == 0, "\(show.stderr)")
        #expect(show.stdout.contains("Coop"))

        #expect(try Data(contentsOf: URL(fileURLWithPath: journalPath)) == before, "readers never change the journal")
        #expect(try tornFiles().isEmpty, "readers set nothing aside")
    }

    @Test(
        "list, show and export warn on stderr about a torn last line, as docs/journal-format.md says readers do"
    )
    func readersWarnAboutATornLastLine() throws {
        defer { environment.remove() }
        try createCase()
        try append("{\"event\":\"answ", to: journalPath)
        for arguments in [["list"], ["show", "coop"], ["export", "coop", "--format", "json"]] {
            let result = try run(arguments)
            #expect(result.status == 0)
            #expect(result.stderr.contains("coop.jsonl"), "\(arguments[0]) warns, naming the journal: \(result.stderr)")
        }
    }

    @Test("resume moves a torn last line to <case>.jsonl.torn-<time>, says so, and leaves a journal whose every line is JSON")
    func resumeSetsTheTornLineAside() throws {
        defer { environment.remove() }
        try createCase()
        let complete = try Data(contentsOf: URL(fileURLWithPath: journalPath))
        try append("{\"event\":\"answ", to: journalPath)

        let resumed = try run(["resume", "coop"], stdin: "Fiducie\n")
        #expect(resumed.status == 0, "\(resumed.stderr)")
        let torn = try tornFiles()
        #expect(torn.count == 1, "\((try? environment.responseFiles()) ?? [])")
        let name = try #require(torn.first)
        #expect(resumed.stderr.contains(name), "the message names the file: \(resumed.stderr)")
        let tornPath = environment.responses + "/" + name
        #expect(try Data(contentsOf: URL(fileURLWithPath: tornPath)) == Data("{\"event\":\"answ".utf8))
        #expect(try mode(of: tornPath) == 0o600, "the torn bytes may hold personal data")

        let journal = try JournalFile(environment, "coop")  // throws if a line is not a JSON object
        #expect(journal.data.last == UInt8(ascii: "\n"))
        #expect(journal.data.starts(with: complete), "the complete lines are kept byte for byte")
        #expect(journal.lastAnswer("nom") as? String == "Coop")
        #expect(journal.lastAnswer("defis") as? [String] == ["A", "B"])
        #expect(journal.lastAnswer("sources") as? String == "Fiducie")

        // The journal is valid again: a second resume has nothing to repair.
        let again = try run(["resume", "coop"])
        #expect(again.status == 0, "\(again.stderr)")
        #expect(!again.stderr.contains(".torn-"), "\(again.stderr)")
        #expect(try tornFiles().count == 1)
        let list = try run(["list"])
        #expect(list.status == 0 && list.stderr.isEmpty, "\(list.stderr)")
    }

    @Test("A last line that is complete JSON but lacks its newline is kept, and resume appends after a newline")
    func lastLineWithoutNewlineIsKept() throws {
        defer { environment.remove() }
        try createCase()
        var text = String(decoding: try Data(contentsOf: URL(fileURLWithPath: journalPath)), as: UTF8.self)
        #expect(text.hasSuffix("\n"))
        text.removeLast()
        try Data(text.utf8).write(to: URL(fileURLWithPath: journalPath))

        let resumed = try run(["resume", "coop"], stdin: "Fiducie\n")
        #expect(resumed.status == 0, "\(resumed.stderr)")
        #expect(try tornFiles().isEmpty)
        let journal = try JournalFile(environment, "coop")
        #expect(journal.data.starts(with: Data((text + "\n").utf8)))
        #expect(journal.lastAnswer("sources") as? String == "Fiducie")
    }

    // MARK: Corrupt middle line

    @Test(
        "A corrupt line in the middle makes resume, export and show exit 65 naming the line number, and changes nothing",
        arguments: ["not json at all", "{\"unrelated\": true}", "{\"event\":\"answer\",\"question\":\"nom\"}"]
    )
    func corruptMiddleLineIsRefused(badLine: String) throws {
        defer { environment.remove() }
        try createCase()
        var lines = try journalLines()
        #expect(lines.count > 4)
        lines[2] = badLine  // line 3 of the file
        try Data(lines.joined(separator: "\n").utf8).write(to: URL(fileURLWithPath: journalPath))
        let before = try Data(contentsOf: URL(fileURLWithPath: journalPath))

        for arguments in [["resume", "coop"], ["export", "coop", "--format", "json"], ["show", "coop"],
                          ["export", "--all", "--format", "csv"]] {
            let result = try run(arguments, stdin: arguments[0] == "resume" ? "Fiducie\n" : "")
            let command = arguments.joined(separator: " ")
            #expect(result.status == 65, "\(command): exit \(result.status), \(result.stderr)")
            let message = result.stderr.lowercased()
            #expect(message.contains("ligne 3") || message.contains("line 3"), "\(command) names line 3: \(result.stderr)")
            #expect(result.stderr.contains("coop.jsonl"), "\(command) names the file: \(result.stderr)")
            #expect(result.stderr.split(separator: "\n").count == 1, "\(command): one sentence: \(result.stderr)")
        }
        let list = try run(["list"])
        #expect(list.status == 65, "list reports the bad journal: \(list.status) \(list.stderr)")
        #expect(list.stderr.lowercased().contains("ligne 3") || list.stderr.lowercased().contains("line 3"))
        #expect(try Data(contentsOf: URL(fileURLWithPath: journalPath)) == before, "nothing was modified")
        #expect(try tornFiles().isEmpty, "a corrupt middle line is not a torn tail")
    }

    @Test(
        "list does not say that there is no case when a case's journal cannot be read"
    )
    func listDoesNotHideAnUnreadableCase() throws {
        defer { environment.remove() }
        try createCase()
        var lines = try journalLines()
        lines[2] = "not json"
        try Data(lines.joined(separator: "\n").utf8).write(to: URL(fileURLWithPath: journalPath))
        let list = try run(["list"])
        #expect(list.status == 65)
        #expect(!list.stdout.contains("Aucun cas") && !list.stdout.contains("No case"), "stdout: \(list.stdout)")
    }

    // MARK: Empty and header-only journals

    @Test("An empty journal file makes resume, show and export exit 65 with a clear message, and delete removes it")
    func emptyJournalIsRefusedClearly() throws {
        defer { environment.remove() }
        #expect(FileManager.default.createFile(atPath: journalPath, contents: Data(), attributes: [.posixPermissions: 0o600]))

        for arguments in [["resume", "coop"], ["show", "coop"], ["export", "coop", "--format", "json"]] {
            let result = try run(arguments)
            let command = arguments.joined(separator: " ")
            #expect(result.status == 65, "\(command): exit \(result.status), \(result.stderr)")
            #expect(result.stderr.contains("coop.jsonl"), "\(command): \(result.stderr)")
            #expect(result.stderr.contains("vide") || result.stderr.contains("empty"), "\(command): \(result.stderr)")
            #expect(result.stderr.contains("interview delete coop"), "\(command) says what to do: \(result.stderr)")
        }
        let new = try run(SmallGrid.newArguments(environment, caseID: "coop"), stdin: "Coop\n")
        #expect(new.status == 73, "new never writes over an existing file: \(new.stderr)")
        #expect(try Data(contentsOf: URL(fileURLWithPath: journalPath)).isEmpty)

        // The advice of the message works.
        let delete = try run(["delete", "coop", "--yes"])
        #expect(delete.status == 0, "\(delete.stderr)")
        #expect(!FileManager.default.fileExists(atPath: journalPath))
        let again = try run(SmallGrid.newArguments(environment, caseID: "coop"), stdin: "Coop\n")
        #expect(again.status == 0, "\(again.stderr)")
    }

    @Test("A journal of only blank lines is refused like an empty one (exit 65)")
    func blankJournalIsRefused() throws {
        defer { environment.remove() }
        #expect(FileManager.default.createFile(atPath: journalPath, contents: Data("\n \n\t\n".utf8), attributes: [.posixPermissions: 0o600]))
        let result = try run(["resume", "coop"])
        #expect(result.status == 65, "\(result.stderr)")
        #expect(result.stderr.contains("coop.jsonl"))
    }

    @Test("A journal with only its header resumes at the first question and saves what is typed")
    func headerOnlyJournalResumes() throws {
        defer { environment.remove() }
        try createCase()
        let header = try #require(try journalLines().first)
        try Data((header + "\n").utf8).write(to: URL(fileURLWithPath: journalPath))

        let status = try run(["show", "coop"])
        #expect(status.status == 0, "\(status.stderr)")
        let resumed = try run(["resume", "coop"], stdin: "Coop Nord\n")
        #expect(resumed.status == 0, "\(resumed.stderr)")
        #expect(resumed.stdout.contains("1. Nom de l'organisme?"), "\(resumed.stdout)")
        let journal = try JournalFile(environment, "coop")
        #expect(journal.lastAnswer("nom") as? String == "Coop Nord")
        #expect(journal.kinds == ["resume", "answer", "pause"])
    }

    @Test("A journal whose header is not a header (line 1 corrupt) exits 65 naming line 1")
    func badHeaderIsRefused() throws {
        defer { environment.remove() }
        try createCase()
        var lines = try journalLines()
        lines[0] = "{\"journal\": \"?\"}"
        try Data(lines.joined(separator: "\n").utf8).write(to: URL(fileURLWithPath: journalPath))
        for arguments in [["resume", "coop"], ["show", "coop"]] {
            let result = try run(arguments)
            #expect(result.status == 65, "\(arguments): \(result.stderr)")
            #expect(result.stderr.contains("1") && result.stderr.contains("coop.jsonl"), "\(result.stderr)")
        }
    }

    // MARK: Grid copy and permissions

    @Test("A journal whose grid copy is gone (not the built-in grid) exits 66, and resume --grid with the same file works again")
    func missingGridCopyNeedsTheGridFile() throws {
        defer { environment.remove() }
        try createCase()
        let grids = environment.responses + "/.grids"
        for name in try FileManager.default.contentsOfDirectory(atPath: grids) {
            try FileManager.default.removeItem(atPath: grids + "/" + name)
        }
        let before = try Data(contentsOf: URL(fileURLWithPath: journalPath))

        for arguments in [["resume", "coop"], ["show", "coop"], ["export", "coop", "--format", "json"]] {
            let result = try run(arguments, stdin: "Fiducie\n")
            let command = arguments.joined(separator: " ")
            #expect(result.status == 66, "\(command): exit \(result.status), \(result.stderr)")
            #expect(result.stderr.contains("--grid"), "\(command) says to give the grid file: \(result.stderr)")
            #expect(result.stderr.contains("petite"), "\(command) names the grid: \(result.stderr)")
        }
        #expect(try Data(contentsOf: URL(fileURLWithPath: journalPath)) == before, "a refused resume writes nothing")

        let resumed = try run(["resume", "coop", "--grid", environment.path(SmallGrid.fileName)], stdin: "Fiducie\n")
        #expect(resumed.status == 0, "\(resumed.stderr)")
        let journal = try JournalFile(environment, "coop")
        #expect(journal.lastAnswer("nom") as? String == "Coop")
        #expect(journal.lastAnswer("sources") as? String == "Fiducie")
        #expect(!journal.kinds.contains("grid"), "the same grid is not a move to another grid")
    }

    @Test("A grid file with the same id but other text does not stand in for a missing copy: resume --grid with it exits 66 and writes nothing")
    func gridWithOtherTextIsNotTheCopy() throws {
        defer { environment.remove() }
        try createCase()
        let grids = environment.responses + "/.grids"
        for name in try FileManager.default.contentsOfDirectory(atPath: grids) {
            try FileManager.default.removeItem(atPath: grids + "/" + name)
        }
        let before = try Data(contentsOf: URL(fileURLWithPath: journalPath))
        let edited = environment.path("edited.yaml")
        try SmallGrid.yaml.replacingOccurrences(of: "Petite grille", with: "Petite grille modifiée")
            .write(toFile: edited, atomically: true, encoding: .utf8)
        // Without the grid the case was started with, its answers cannot be replayed to check a move.
        let resumed = try run(["resume", "coop", "--grid", edited], stdin: "oui\n")
        #expect(resumed.status == 66, "\(resumed.stderr)")
        #expect(resumed.stderr.contains("--grid"), "\(resumed.stderr)")
        #expect(try Data(contentsOf: URL(fileURLWithPath: journalPath)) == before)
    }

    @Test(
        "After resume --grid with the same grid file, the grid copy is back and show, export and list work again"
    )
    func resumeWithTheGridFileRestoresTheCopy() throws {
        defer { environment.remove() }
        try createCase()
        let grids = environment.responses + "/.grids"
        for name in try FileManager.default.contentsOfDirectory(atPath: grids) {
            try FileManager.default.removeItem(atPath: grids + "/" + name)
        }
        let resumed = try run(["resume", "coop", "--grid", environment.path(SmallGrid.fileName)], stdin: "Fiducie\n")
        #expect(resumed.status == 0, "\(resumed.stderr)")
        #expect(try FileManager.default.contentsOfDirectory(atPath: grids).count == 1, "the copy is saved again")
        let show = try run(["show", "coop"])
        #expect(show.status == 0, "\(show.stderr)")
        let export = try run(["export", "coop", "--format", "json"])
        #expect(export.status == 0, "\(export.stderr)")
        let list = try run(["list"])
        #expect(list.status == 0, "\(list.stderr)")
    }

    @Test("The missing-grid message of show and export gives advice those commands accept: --grid with the same file works")
    func missingGridAdviceWorksForReaders() throws {
        defer { environment.remove() }
        try createCase()
        let grids = environment.responses + "/.grids"
        for name in try FileManager.default.contentsOfDirectory(atPath: grids) {
            try FileManager.default.removeItem(atPath: grids + "/" + name)
        }
        for arguments in [["show", "coop"], ["export", "coop", "--format", "json"]] {
            let refused = try run(arguments)
            #expect(refused.status == 66)
            #expect(refused.stderr.contains("--grid"), "\(refused.stderr)")
            let followed = try run(arguments + ["--grid", environment.path(SmallGrid.fileName)])
            #expect(followed.status == 0, "\(arguments[0]) --grid, as the message says: exit \(followed.status), \(followed.stderr)")
        }
    }

    @Test("A journal other users can read (0644) is set back to 0600 by resume, which says so")
    func readableJournalIsMadePrivate() throws {
        defer { environment.remove() }
        try createCase()
        #expect(chmod(journalPath, 0o644) == 0)

        let list = try run(["list"])
        #expect(list.status == 0, "\(list.stderr)")
        #expect(try mode(of: journalPath) == 0o644, "readers change nothing")

        let resumed = try run(["resume", "coop"])
        #expect(resumed.status == 0, "\(resumed.stderr)")
        #expect(try mode(of: journalPath) == 0o600)
        #expect(resumed.stderr.contains("0600"), "the interviewer is told: \(resumed.stderr)")

        let again = try run(["resume", "coop"])
        #expect(!again.stderr.contains("0600"), "said once, when it was repaired: \(again.stderr)")
    }
}
