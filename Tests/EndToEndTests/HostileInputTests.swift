import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif
import Testing

/// Input meant to break out: case ids that are paths, responses folders that cannot be
/// written, text carrying terminal escape sequences, huge lines, invalid UTF-8. Each is
/// refused or kept cleanly, never a trap, never a file outside the responses folder, never
/// an escape sequence written raw to a terminal.
@Suite("Hostile input", .serialized)
struct HostileInputTests {
    private let environment: TestEnvironment

    init() throws {
        environment = try TestEnvironment()
        try SmallGrid.write(in: environment)
    }

    private func run(_ arguments: [String], stdin: String = "", timeout: Double = 10) throws -> ProcessResult {
        let result = try environment.run(arguments, stdin: stdin, timeout: timeout)
        #expect(!result.trapped, "\(arguments.prefix(4).joined(separator: " ")) trapped: exit \(result.status), \(result.stderr.prefix(2000))")
        return result
    }

    /// Every file and folder under `root`, as paths relative to it, sorted.
    private func tree(_ root: String) -> [String] {
        (FileManager.default.enumerator(atPath: root)?.allObjects as? [String] ?? []).sorted()
    }

    // MARK: Case ids

    static let hostileIDs = ["../x", "/abs/x", "a/b", ".x", "", "X", "x/../../y", "-x", "x\u{1B}[2J"]

    @Test("A case id that is a path, hidden, empty or not lower-case is refused with exit 64 by every command, and nothing is created", arguments: hostileIDs)
    func hostileCaseIDsAreRefused(caseID: String) throws {
        defer { environment.remove() }
        let created = try run(SmallGrid.newArguments(environment, caseID: "coop"), stdin: "Coop\n")
        #expect(created.status == 0, "\(created.stderr)")
        let before = tree(environment.directory)
        let parentBefore = tree(URL(fileURLWithPath: environment.directory).deletingLastPathComponent().path).filter { $0.hasPrefix("x") || $0.hasPrefix("y") }

        let commands: [[String]] = [
            ["new", "--grid", environment.path(SmallGrid.fileName), "--case", caseID],
            ["resume", caseID],
            ["delete", caseID, "--yes"],
            ["export", caseID, "--format", "json"],
            ["export", "coop", caseID, "--format", "csv"],
            ["show", caseID],
        ]
        for arguments in commands {
            let result = try run(arguments, stdin: "Coop\n")
            let command = arguments.first ?? ""
            #expect(result.status == 64, "\(command) \(TerminalTranscript.visible(caseID)): exit \(result.status), \(result.stderr)")
            #expect(!result.stderr.contains("\u{1B}"), "\(command): the message shows the id without its escape: \(TerminalTranscript.visible(result.stderr))")
            #expect(result.stdout.isEmpty || !result.stdout.contains("\u{1B}"), "\(command): \(result.stdout)")
        }
        #expect(tree(environment.directory) == before, "nothing created or removed in the test folder")
        let parentAfter = tree(URL(fileURLWithPath: environment.directory).deletingLastPathComponent().path).filter { $0.hasPrefix("x") || $0.hasPrefix("y") }
        #expect(parentAfter == parentBefore, "nothing created next to the test folder")
        #expect(!FileManager.default.fileExists(atPath: "/abs"), "nothing created at the root")
        #expect(try JournalFile(environment, "coop").lastAnswer("nom") as? String == "Coop", "the existing case is untouched")
    }

    @Test("An interviewer's name with control characters is refused with exit 64 before any case is made, shown without them")
    func interviewerWithControlCharacters() throws {
        defer { environment.remove() }
        let result = try run(SmallGrid.newArguments(environment, caseID: "coop") + ["--interviewer", "Zo\u{1B}[31mé"], stdin: "Coop\n")
        #expect(result.status == 64)
        #expect(result.stderr.contains("control characters") && !result.stderr.contains("\u{1B}"))
        #expect(!FileManager.default.fileExists(atPath: environment.responses + "/coop.jsonl"))
    }

    // MARK: Responses folders that cannot be written

    @Test("A responses folder under a regular file (mkdir fails) gives one clear sentence and exit 73 or 74")
    func responsesUnderARegularFile() throws {
        defer { environment.remove() }
        let blocker = environment.path("blocker")
        try Data("not a folder".utf8).write(to: URL(fileURLWithPath: blocker))
        let responses = blocker + "/responses"
        let result = try run(["new", "--grid", environment.path(SmallGrid.fileName), "--case", "coop", "--responses", responses],
                             stdin: "Coop\n")
        #expect([73, 74].contains(result.status), "exit \(result.status): \(result.stderr)")
        #expect(result.stderr.contains("blocker"), "the message names the path: \(result.stderr)")
        #expect(result.stderr.split(separator: "\n").count == 1, "one sentence: \(result.stderr)")
        #expect(try String(contentsOfFile: blocker, encoding: .utf8) == "not a folder")

        let list = try run(["list", "--responses", responses])
        #expect([0, 66, 74].contains(list.status), "\(list.status): \(list.stderr)")
    }

    @Test("A responses path that is a regular file gives one clear sentence and exit 73 or 74")
    func responsesIsARegularFile() throws {
        defer { environment.remove() }
        let file = environment.path("file-not-folder")
        try Data("x".utf8).write(to: URL(fileURLWithPath: file))
        let result = try run(["new", "--grid", environment.path(SmallGrid.fileName), "--case", "coop", "--responses", file], stdin: "Coop\n")
        #expect([73, 74].contains(result.status), "exit \(result.status): \(result.stderr)")
        #expect(result.stderr.contains("file-not-folder"), "\(result.stderr)")
        #expect(try String(contentsOfFile: file, encoding: .utf8) == "x")
    }

    @Test(
        "A read-only responses folder (read-only bind mount) refuses new and resume cleanly (73 or 74) while list, show and export still read it",
        .enabled(if: SystemTool.isRoot && SystemTool.path("mount") != nil, "needs root to bind-mount a folder read-only")
    )
    func readOnlyResponsesFolder() throws {
        defer { environment.remove() }
        let created = try run(SmallGrid.newArguments(environment, caseID: "coop"), stdin: "Coop\nA\n\n")
        #expect(created.status == 0, "\(created.stderr)")
        let bound = SystemTool.run("mount", ["--bind", environment.responses, environment.responses])
        try #require(bound.status == 0, "mount --bind: \(bound.stderr)")
        defer { SystemTool.run("umount", [environment.responses]) }
        let readOnly = SystemTool.run("mount", ["-o", "remount,ro,bind", environment.responses])
        try #require(readOnly.status == 0, "remount ro: \(readOnly.stderr)")
        let before = try JournalFile(environment, "coop").data

        let new = try run(SmallGrid.newArguments(environment, caseID: "autre"), stdin: "Autre\n")
        #expect([73, 74].contains(new.status), "new: exit \(new.status): \(new.stderr)")
        #expect(new.stderr.contains(environment.responses), "new names the folder or file: \(new.stderr)")
        let resume = try run(["resume", "coop"], stdin: "oui\n")
        #expect([73, 74].contains(resume.status), "resume: exit \(resume.status): \(resume.stderr)")
        #expect(resume.stderr.contains("coop.jsonl"), "resume names the journal: \(resume.stderr)")

        #expect(try run(["list"]).status == 0)
        #expect(try run(["show", "coop"]).status == 0)
        #expect(try run(["export", "coop", "--format", "json"]).status == 0)
        #expect(try JournalFile(environment, "coop").data == before)
    }

    @Test(
        "A responses folder with mode 0500 refuses another user's new cleanly (73 or 74)",
        .enabled(if: !SystemTool.isRoot || SystemTool.path("setpriv") != nil, "as root, needs setpriv to run as another user")
    )
    func responsesFolderWithoutWritePermission() throws {
        defer { environment.remove() }
        var arguments = SmallGrid.newArguments(environment, caseID: "coop")
        var executable = environment.executable
        if SystemTool.isRoot {
            // Root ignores permission bits: run as nobody, who owns the 0500 folder.
            #expect(chown(environment.responses, 65534, 65534) == 0)
            #expect(chmod(environment.directory, 0o755) == 0)
            executable = try #require(SystemTool.path("setpriv"))
            arguments = ["--reuid=65534", "--regid=65534", "--clear-groups", "--", environment.executable] + arguments
        }
        #expect(chmod(environment.responses, 0o500) == 0)
        defer { _ = chmod(environment.responses, 0o700) }
        let result = try ProcessRun.run(executable: executable, arguments: arguments, stdin: "Coop\n",
                                        environment: environment.environment, directory: environment.directory, timeout: 10)
        #expect(!result.trapped, "\(result.stderr)")
        if result.stderr.contains("setpriv:") || result.status == 126 || result.status == 127 {
            print("skipped: the built program cannot be run as another user here: \(result.stderr)")
            return
        }
        #expect([73, 74].contains(result.status), "exit \(result.status): \(result.stderr)")
        #expect(result.stderr.contains(environment.responses), "\(result.stderr)")
        #expect(result.stderr.split(separator: "\n").count == 1, "one sentence: \(result.stderr)")
        #expect(try environment.responseFiles().filter { $0.hasSuffix(".jsonl") }.isEmpty)
    }

    // MARK: Terminal escape sequences

    static let osc = "\u{1B}]0;pwned\u{07}"
    static let clear = "\u{1B}[2J"
    static let c1 = "\u{9B}31m"
    /// Sequences that must never reach a terminal raw.
    static let forbidden = ["\u{1B}]0;pwned", "\u{1B}[2J", "\u{9B}", "\u{FFFD}"]

    private func expectNothingRaw(_ output: String, _ context: String, sourceLocation: SourceLocation = #_sourceLocation) {
        for sequence in Self.forbidden {
            #expect(!output.contains(sequence), "\(context): \(TerminalTranscript.visible(sequence)) written raw: \(TerminalTranscript.tail(TerminalTranscript.visible(output), limit: 1500))",
                    sourceLocation: sourceLocation)
        }
    }

    /// A paused case `coop` whose answers carry escape sequences, piped as typed.
    private func createHostileCase() throws {
        let input = "Coop\(Self.osc)\n\(Self.clear)effacé\n\(Self.c1)rouge\n\noui\nFiducie\(Self.clear)\n"
        let result = try run(SmallGrid.newArguments(environment, caseID: "coop"), stdin: input)
        #expect(result.status == 0, "\(result.stderr)")
        expectNothingRaw(result.stderr, "piped new, stderr")
    }

    @Test("Escape sequences piped in answers are stored exactly as typed in the journal")
    func escapesAreStoredAsTyped() throws {
        defer { environment.remove() }
        try createHostileCase()
        let journal = try JournalFile(environment, "coop")
        #expect(journal.lastAnswer("nom") as? String == "Coop\(Self.osc)")
        #expect(journal.lastAnswer("defis") as? [String] == ["\(Self.clear)effacé", "\(Self.c1)rouge"])
        #expect(journal.lastAnswer("sources") as? String == "Fiducie\(Self.clear)")
        let raw = String(decoding: journal.data, as: UTF8.self)
        #expect(!raw.contains("\u{1B}"), "JSON escapes ESC in the file (\\u001b)")
        let export = try run(["export", "coop", "--format", "json"])
        #expect(export.status == 0)
        let record = try JSONSerialization.jsonObject(with: Data(export.stdout.utf8))
        #expect(String(describing: record).contains("pwned"))
    }

    @Test("show on a terminal writes answers with escape sequences made visible, never raw")
    func showNeverWritesEscapesRaw() throws {
        defer { environment.remove() }
        try createHostileCase()
        let terminal = try environment.spawn(["show", "coop"])
        #expect(try terminal.expectExit() == 0)
        expectNothingRaw(terminal.output, "show")
        let screen = terminal.screenText()
        #expect(screen.contains("pwned") && screen.contains("effacé") && screen.contains("rouge"), "\(screen)")
        #expect(screen.contains("^[]0;pwned"), "ESC shown as ^[: \(screen)")

        let list = try environment.spawn(["list"])
        #expect(try list.expectExit() == 0)
        expectNothingRaw(list.output, "list")
    }

    @Test("/revoir, the list header after /aller and an item with ESC put back in the edit line never write escape sequences raw")
    func sessionNeverWritesEscapesRaw() throws {
        defer { environment.remove() }
        try createHostileCase()
        let terminal = try environment.spawn(["resume", "coop"])
        try terminal.expectPrompt(after: "5. Statut?")
        terminal.sendLine("/revoir")
        let review = try terminal.expect("6. Nombre d'employés?") + (try terminal.expectPrompt())
        #expect(review.contains("pwned") && review.contains("Fiducie"), "\(TerminalTranscript.visible(review))")
        expectNothingRaw(review, "/revoir")

        terminal.sendLine("/aller 2")
        let header = try terminal.expect("2. Principaux défis?") + (try terminal.expect("  1› "))
        #expect(TerminalTranscript.stripped(header).contains("Réponse actuelle"), "\(TerminalTranscript.visible(header))")
        #expect(header.contains("effacé") && header.contains("rouge"))
        expectNothingRaw(header, "the list header after /aller")
        // The first item comes back in the edit line (readline shows ESC as ^[).
        let first = try terminal.expect("effacé")
        expectNothingRaw(first, "the first item in the edit line")
        #expect(TerminalTranscript.screen(header + first).hasSuffix("1› ^[[2Jeffacé"), "\(TerminalTranscript.visible(first))")
        terminal.close()
        #expect(try JournalFile(environment, "coop").lastAnswer("defis") as? [String] == ["\(Self.clear)effacé", "\(Self.c1)rouge"])
    }

    @Test(
        "A stored answer with a C1 control (U+009B) put back in the edit line is shown made visible, never raw"
    )
    func storedC1ControlInTheEditLine() throws {
        defer { environment.remove() }
        try createHostileCase()
        let terminal = try environment.spawn(["resume", "coop"])
        try terminal.expectPrompt(after: "5. Statut?")
        terminal.sendLine("/aller 2")
        try terminal.expect("  1› ")
        try terminal.expect("effacé")
        terminal.sendLine("")
        let second = try terminal.expect("  2› ") + (try terminal.expect("rouge"))
        expectNothingRaw(second, "the second item in the edit line")
        terminal.sendLine("")
        try terminal.expect("  3› ")
        terminal.sendLine("")
        try terminal.expectPrompt(after: "5. Statut?")
        terminal.sendControl("d")
        #expect(try terminal.expectExit() == 0)
    }

    @Test("export --format markdown or csv to a terminal never writes escape sequences raw")
    func exportToATerminalNeverWritesEscapesRaw() throws {
        defer { environment.remove() }
        try createHostileCase()
        for format in ["markdown", "csv"] {
            let terminal = try environment.spawn(["export", "coop", "--format", format])
            #expect(try terminal.expectExit() == 0)
            expectNothingRaw(terminal.output, "export --format \(format) to a terminal")
        }
    }

    @Test("/retour to an answer with an escape sequence puts it in the edit line made visible, and Enter keeps it unchanged")
    func backToAnEscapedAnswer() throws {
        defer { environment.remove() }
        try createHostileCase()
        let terminal = try environment.spawn(["resume", "coop"])
        try terminal.expectPrompt(after: "5. Statut?")
        terminal.sendLine("/aller 1")
        let line = try terminal.expectPrompt(after: "1. Nom de l'organisme?") + (try terminal.expect("pwned"))
        expectNothingRaw(line, "the answer in the edit line")
        terminal.sendLine("")
        try terminal.expectPrompt(after: "5. Statut?")
        terminal.sendControl("d")
        #expect(try terminal.expectExit() == 0)
        expectNothingRaw(terminal.output, "the whole session")
        #expect(try JournalFile(environment, "coop").lastAnswer("nom") as? String == "Coop\(Self.osc)")
    }

    @Test("An invalid number typed with an escape sequence gets an error sentence showing it escaped")
    func invalidAnswerWithEscapeIsShownEscaped() throws {
        defer { environment.remove() }
        let terminal = try environment.spawn(SmallGrid.newArguments(environment, caseID: "coop"))
        try terminal.expectPrompt(after: "1. Nom de l'organisme?")
        terminal.sendLine("/aller 6")
        try terminal.expectPrompt(after: "6. Nombre d'employés?")
        // Ctrl-V makes readline insert the next key, ESC, as a character.
        terminal.send("\u{16}\u{1B}")
        terminal.sendLine("[2J12")
        let error = try terminal.expect("n'est pas un nombre") + (try terminal.expectPrompt())
        expectNothingRaw(error, "the error sentence")
        #expect(TerminalTranscript.screen(error).contains("« ^[[2J12 » n'est pas un nombre"), "\(TerminalTranscript.visible(error))")
        terminal.sendControl("c")
        try terminal.expectPrompt()
        terminal.sendLine("\(Self.c1)12")
        let second = try terminal.expect("n'est pas un nombre") + (try terminal.expectPrompt())
        let message = second.components(separatedBy: "\r\n").filter { $0.contains("n'est pas un nombre") }
        #expect(!message.isEmpty)
        for line in message { expectNothingRaw(line, "the error sentence about a C1 control") }
        terminal.sendControl("c")
        try terminal.expectPrompt()
        terminal.sendControl("d")
        #expect(try terminal.expectExit() == 0)
        #expect(try JournalFile(environment, "coop").lastAnswer("employes") == nil)
    }

    @Test("A C1 control (U+009B) typed at the terminal is stored as typed")
    func typedC1ControlIsStored() throws {
        defer { environment.remove() }
        let terminal = try environment.spawn(SmallGrid.newArguments(environment, caseID: "coop"))
        try terminal.expectPrompt(after: "1. Nom de l'organisme?")
        terminal.sendLine("\(Self.c1)rouge")
        try terminal.expectPrompt(after: "2. Principaux défis?")
        terminal.sendControl("d")
        #expect(try terminal.expectExit() == 0)
        #expect(try JournalFile(environment, "coop").lastAnswer("nom") as? String == "\(Self.c1)rouge")
    }

    @Test("An invalid piped answer with an escape sequence stops with exit 65 and a message without the raw escape")
    func pipedInvalidAnswerWithEscape() throws {
        defer { environment.remove() }
        let result = try run(SmallGrid.newArguments(environment, caseID: "coop"), stdin: "Coop\n\noui\nFiducie\n2\n\(Self.clear)douze\(Self.osc)\n")
        #expect(result.status == 65, "\(result.stderr)")
        expectNothingRaw(result.stderr, "stderr")
        #expect(result.stderr.contains("douze"))
        #expect(try JournalFile(environment, "coop").lastAnswer("statut") as? String == "obnl")
    }

    // MARK: Huge and malformed input

    @Test("A 1 MB answer line piped is kept exactly, and export in every format works")
    func megabyteAnswerIsKept() throws {
        defer { environment.remove() }
        let unit = "Épicerie « solidaire » 🍎 0123456789 "
        let big = String(repeating: unit, count: 1_048_576 / unit.utf8.count + 1) + "fin"
        #expect(big.utf8.count > 1_048_576)
        let result = try run(SmallGrid.newArguments(environment, caseID: "coop"), stdin: big + "\nA\n\n", timeout: 60)
        #expect(result.status == 0 || result.status == 65, "kept, or refused cleanly: exit \(result.status), \(result.stderr.prefix(500))")
        if result.status == 65 {
            #expect(try JournalFile(environment, "coop").lastAnswer("nom") == nil)
            return
        }
        let journal = try JournalFile(environment, "coop")
        #expect((journal.lastAnswer("nom") as? String).map { Array($0.unicodeScalars) == Array(big.unicodeScalars) } == true,
                "stored exactly (\((journal.lastAnswer("nom") as? String)?.utf8.count ?? -1) bytes)")
        #expect(journal.lastAnswer("defis") as? [String] == ["A"])

        let json = try run(["export", "coop", "--format", "json"], timeout: 60)
        #expect(json.status == 0, "\(json.stderr)")
        let record = try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any]
        #expect(record != nil)
        #expect(json.stdout.contains(String(big.prefix(1000))))
        for format in ["markdown", "csv"] {
            let export = try run(["export", "coop", "--format", format], timeout: 60)
            #expect(export.status == 0, "\(format): \(export.stderr)")
            #expect(export.stdout.utf8.count > 1_000_000, "\(format) holds the answer")
        }
        let show = try run(["show", "coop"], timeout: 60)
        #expect(show.status == 0, "\(show.stderr)")
        let list = try run(["list"])
        #expect(list.status == 0, "\(list.stderr)")
        let resumed = try run(["resume", "coop"], stdin: "non\n", timeout: 60)
        #expect(resumed.status == 0, "\(resumed.stderr.prefix(500))")
    }

    /// Byte sequences that are not UTF-8: a byte never used, a lead byte without its
    /// continuation, a surrogate, an overlong encoding, beyond U+10FFFF, a sequence cut short.
    static let invalidUTF8: [[UInt8]] = [[0xFF], [0xC3, 0x28], [0xED, 0xA0, 0x80], [0xC0, 0xAF], [0xF4, 0x90, 0x80, 0x80], [0xE2, 0x82]]

    @Test("Invalid UTF-8 piped as an answer stops with 65 naming its input line and byte, and the answers before it are saved as typed",
          arguments: invalidUTF8)
    func invalidUTF8IsRefused(bytes: [UInt8]) throws {
        defer { environment.remove() }
        let session = try environment.startPiped(SmallGrid.newArguments(environment, caseID: "coop"))
        session.write("Coop «Nord» 🍎\nA\n")
        session.write(Array("Bé ".utf8) + bytes + Array(" fin\n".utf8))
        session.write("\noui\n")
        session.closeInput()
        let result = try session.waitForExit(timeout: 10)
        #expect(!result.trapped, "\(result.stderr)")
        #expect(result.status == 65, "exit \(result.status): \(result.stderr)")
        #expect(result.stderr.contains("Ligne 3 de l'entrée, question « defis » : Ce n'est pas du texte UTF-8 valide (octet 5 de la ligne)"),
                "\(result.stderr)")
        let journal = try JournalFile(environment, "coop")  // throws if a line is not JSON
        #expect(String(data: journal.data, encoding: .utf8) != nil, "the journal is valid UTF-8")
        #expect(!String(decoding: journal.data, as: UTF8.self).contains("\u{FFFD}"), "no replacement character is stored")
        #expect(journal.lastAnswer("nom") as? String == "Coop «Nord» 🍎")
        #expect(journal.lastEvent(about: "defis")?["items"] as? [String] == ["A"], "the item before it is kept as a draft")
        #expect(journal.lastAnswer("financement") == nil)
        let export = try run(["export", "coop", "--format", "json"])
        #expect(export.status == 0, "\(export.stderr)")
        #expect((try? JSONSerialization.jsonObject(with: Data(export.stdout.utf8))) != nil)
    }

    @Test("A NUL byte piped inside an answer does not cut the answer silently or break the journal")
    func nulByteInAnswer() throws {
        defer { environment.remove() }
        let session = try environment.startPiped(SmallGrid.newArguments(environment, caseID: "coop"))
        session.write(Array("Coop".utf8) + [0x00] + Array("Nord\n".utf8))
        session.closeInput()
        let result = try session.waitForExit(timeout: 10)
        #expect(!result.trapped, "\(result.stderr)")
        #expect([0, 65].contains(result.status), "exit \(result.status): \(result.stderr)")
        let journal = try JournalFile(environment, "coop")
        if let name = journal.lastAnswer("nom") as? String {
            #expect(name == "Coop\u{0}Nord", "the answer is kept whole: \(name.debugDescription)")
        }
        let show = try run(["show", "coop"])
        #expect(show.status == 0)
        #expect(!show.stdout.contains("\u{0}"), "show does not write the NUL raw")
    }
}
