import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif
import Testing

/// A disk that fills up during an interview: the responses folder is a small tmpfs, filled by
/// a filler file until nothing is left. A save that fails says so in one sentence, leaves no
/// half line, keeps every earlier answer, and (at a terminal) keeps the typed answer in the
/// edit line so Enter saves it once space is freed.
///
/// Needs root (to mount a tmpfs); elsewhere the tests show as skipped.
@Suite("A full disk", .serialized)
struct DiskFullTests {
    /// Whether a tmpfs can be mounted here (root, and mounts allowed), found once by trying.
    static let canMountTmpfs: Bool = {
        guard SystemTool.isRoot, SystemTool.path("mount") != nil else { return false }
        let probe = FileManager.default.temporaryDirectory.appendingPathComponent("interview-tmpfs-probe-\(UUID().uuidString)").path
        guard (try? FileManager.default.createDirectory(atPath: probe, withIntermediateDirectories: true)) != nil else { return false }
        defer { try? FileManager.default.removeItem(atPath: probe) }
        guard SystemTool.run("mount", ["-t", "tmpfs", "-o", "size=64k", "tmpfs", probe]).status == 0 else { return false }
        SystemTool.run("umount", [probe])
        return true
    }()

    private let environment: TestEnvironment
    private let pageSize = Int(sysconf(Int32(_SC_PAGESIZE)))

    init() throws {
        environment = try TestEnvironment()
        try SmallGrid.write(in: environment)
    }

    private var filler: String { environment.responses + "/filler" }

    /// Mounts a 256 KiB tmpfs on the responses folder.
    private func mountSmallDisk() throws {
        let mounted = SystemTool.run("mount", ["-t", "tmpfs", "-o", "size=256k,mode=0700", "tmpfs", environment.responses])
        try #require(mounted.status == 0, "mount tmpfs: \(mounted.stderr)")
    }

    private func unmount() {
        let result = SystemTool.run("umount", [environment.responses])
        if result.status != 0 { SystemTool.run("umount", ["-l", environment.responses]) }
    }

    /// Writes the filler file until the disk refuses a single byte more; returns its size.
    @discardableResult
    private func fillDisk() throws -> Int {
        let fd = open(filler, O_WRONLY | O_CREAT | O_APPEND | O_CLOEXEC, 0o600)
        try #require(fd >= 0, "cannot create the filler: \(String(cString: strerror(errno)))")
        defer { close(fd) }
        var total = 0
        for chunk in [65536, 4096, 1] {
            let bytes = [UInt8](repeating: 0x2E, count: chunk)
            while true {
                let written = bytes.withUnsafeBytes { write(fd, $0.baseAddress, chunk) }
                if written > 0 { total += written; continue }
                if written < 0, errno == EINTR { continue }
                try #require(written < 0 && errno == ENOSPC, "the filler stopped with \(String(cString: strerror(errno)))")
                break
            }
        }
        return total
    }

    private func freeDisk() {
        unlink(filler)
    }

    /// The journal checked byte by byte: ends with "\n" and every line is a JSON object.
    private func expectWholeLines(_ caseID: String, sourceLocation: SourceLocation = #_sourceLocation) throws -> JournalBytes {
        let journal = try JournalBytes(path: JournalFile.path(environment, caseID))
        #expect(journal.tail.isEmpty, "no half line at the end: \(String(decoding: journal.tail.prefix(200), as: UTF8.self))", sourceLocation: sourceLocation)
        #expect(journal.badLines.isEmpty, "lines \(journal.badLines) are not JSON", sourceLocation: sourceLocation)
        #expect(journal.data.last == UInt8(ascii: "\n"), sourceLocation: sourceLocation)
        return journal
    }

    /// An answer longer than a page, so it cannot fit in the slack of the journal's last page.
    private var longAnswer: String {
        String(repeating: "Fiducie du Chantier de l'économie sociale; ", count: pageSize / 40 + 20)
    }

    @Test(
        "Piped: an answer that finds the disk full gets one clear sentence, exit 73, no half line, and the earlier answers intact",
        .enabled(if: DiskFullTests.canMountTmpfs, "needs root and a tmpfs mount to fill a disk")
    )
    func pipedAnswerOnAFullDisk() throws {
        defer { environment.remove() }
        try mountSmallDisk()
        defer { unmount() }

        let session = try environment.startPiped(SmallGrid.newArguments(environment, caseID: "coop"))
        session.write("Coop\nA\nB\n\noui\n")
        try session.expectStdout("4. Si oui, lesquelles?")
        try session.expectStdout("› ")
        let before = try expectWholeLines("coop")
        try fillDisk()

        session.write(longAnswer + "\n2\n12\n")
        session.closeInput()
        let result = try session.waitForExit(timeout: 10)
        #expect(!result.trapped, "\(result.stderr)")
        #expect(result.status == 73, "exit \(result.status): \(result.stderr)")
        let message = result.stderr.split(separator: "\n").last.map(String.init) ?? ""
        #expect(message.contains("coop.jsonl") && (message.contains("espace") || message.contains("space")),
                "one sentence naming the journal and the lack of space: \(result.stderr)")
        #expect(!result.stdout.contains("5. Statut?"), "the run stops at the failed save")

        let after = try expectWholeLines("coop")
        #expect(after.data == before.data, "the failed answer left nothing behind")
        #expect(after.contains("answer", about: "nom") { $0["value"] as? String == "Coop" })
        #expect(after.contains("answer", about: "defis") { $0["value"] as? [String] == ["A", "B"] })
        #expect(after.contains("answer", about: "financement") { $0["value"] as? Bool == true })
        #expect(!after.contains("answer", about: "sources"))

        // Space again: the case resumes and the same answer is saved.
        freeDisk()
        let resumed = try environment.run(["resume", "coop"], stdin: longAnswer + "\n2\n12\n", timeout: 10)
        #expect(resumed.status == 0, "\(resumed.stderr)")
        let done = try expectWholeLines("coop")
        #expect(done.contains("answer", about: "sources") { $0["value"] as? String == longAnswer.trimmingCharacters(in: .whitespaces) })
        #expect(done.events.last?["event"] as? String == "complete")
    }

    @Test(
        "Piped resume on a disk already full exits 73 or pauses cleanly, and never leaves a half line",
        .enabled(if: DiskFullTests.canMountTmpfs, "needs root and a tmpfs mount to fill a disk")
    )
    func resumeOnAFullDisk() throws {
        defer { environment.remove() }
        try mountSmallDisk()
        defer { unmount() }
        let created = try environment.run(SmallGrid.newArguments(environment, caseID: "coop"), stdin: "Coop\nA\n\n", timeout: 10)
        #expect(created.status == 0, "\(created.stderr)")
        try fillDisk()

        let resumed = try environment.run(["resume", "coop"], stdin: longAnswer + "\n", timeout: 10)
        #expect(!resumed.trapped, "\(resumed.stderr)")
        #expect([0, 65, 73].contains(resumed.status), "exit \(resumed.status): \(resumed.stderr)")
        let journal = try expectWholeLines("coop")
        #expect(journal.contains("answer", about: "nom") { $0["value"] as? String == "Coop" })

        let new = try environment.run(SmallGrid.newArguments(environment, caseID: "autre"), stdin: "Autre\n", timeout: 10)
        #expect(!new.trapped, "\(new.stderr)")
        #expect(new.status == 0 || new.status == 73, "exit \(new.status): \(new.stderr)")
        if new.status == 73 {
            #expect(!FileManager.default.fileExists(atPath: JournalFile.path(environment, "autre")), "a new case that could not start leaves no empty journal")
        }
    }

    @Test(
        "At the terminal: the message appears, the typed answer comes back in the edit line, and after space is freed Enter saves it",
        .enabled(if: DiskFullTests.canMountTmpfs, "needs root and a tmpfs mount to fill a disk")
    )
    func terminalAnswerOnAFullDiskIsKept() throws {
        defer { environment.remove() }
        try mountSmallDisk()
        defer { unmount() }

        let terminal = try environment.spawn(SmallGrid.newArguments(environment, caseID: "coop"), columns: 200)
        try terminal.answerTheName()
        terminal.sendLine("")
        try terminal.expectPrompt(after: "3. Financement solidaire?")
        terminal.sendLine("oui")
        try terminal.expectPrompt(after: "4. Si oui, lesquelles?")
        let before = try expectWholeLines("coop")
        try fillDisk()

        let answer = longAnswer.trimmingCharacters(in: .whitespaces)
        terminal.sendLine(answer)
        let failure = try terminal.expect("Entrée pour réessayer", timeout: 10)
        #expect(failure.contains("coop.jsonl"), "the message names the journal: \(TerminalTranscript.tail(TerminalTranscript.visible(failure)))")
        // The typed answer again in the edit line (so long that readline scrolls it sideways,
        // hiding the prompt); that Enter alone saves it below shows it was all there.
        let again = try terminal.expect("sociale;", timeout: 10)
        #expect(TerminalTranscript.stripped(again).contains("Fiducie du Chantier"), "the answer is offered again")
        #expect(try expectWholeLines("coop").data == before.data, "nothing half-written")

        freeDisk()
        terminal.sendLine("")  // Enter on the offered line: the answer as it stands
        try terminal.expectPrompt(after: "5. Statut?", timeout: 10)
        terminal.sendControl("d")
        #expect(try terminal.expectExit() == 0)
        let after = try expectWholeLines("coop")
        #expect(after.contains("answer", about: "sources") { $0["value"] as? String == answer }, "the answer is saved whole")
        #expect(after.events.last?["event"] as? String == "pause")
    }

    @Test(
        "At the terminal: a list item that finds the disk full comes back in the edit line and is saved once space is freed",
        .enabled(if: DiskFullTests.canMountTmpfs, "needs root and a tmpfs mount to fill a disk")
    )
    func terminalListItemOnAFullDiskIsKept() throws {
        defer { environment.remove() }
        try mountSmallDisk()
        defer { unmount() }

        let terminal = try environment.spawn(SmallGrid.newArguments(environment, caseID: "coop"), columns: 200)
        try terminal.answerTheName()
        terminal.sendLine("Relève")
        try terminal.expect("  2› ")
        try fillDisk()

        let item = longAnswer.trimmingCharacters(in: .whitespaces)
        terminal.sendLine(item)
        try terminal.expect("Entrée pour réessayer", timeout: 10)
        let again = try terminal.expect("sociale;", timeout: 10)
        #expect(TerminalTranscript.stripped(again).contains("Fiducie du Chantier"), "the item is offered again")
        _ = try expectWholeLines("coop")

        freeDisk()
        terminal.sendLine("")
        try terminal.expect("  3› ", timeout: 10)
        terminal.sendLine("")
        try terminal.expectPrompt(after: "3. Financement solidaire?", timeout: 10)
        terminal.sendControl("d")
        #expect(try terminal.expectExit() == 0)
        let after = try expectWholeLines("coop")
        #expect(after.contains("answer", about: "defis") { $0["value"] as? [String] == ["Relève", item] })
    }
}
