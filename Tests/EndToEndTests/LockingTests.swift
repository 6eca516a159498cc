import Foundation
import Testing

/// One writer per case: a second session on an open case is refused; readers still read it.
@Suite("Locking a case while it is open", .serialized)
struct LockingTests {
    private let environment: TestEnvironment

    init() throws {
        environment = try TestEnvironment()
        try SmallGrid.write(in: environment)
    }

    /// Starts case `caseID` through a pipe and pauses it after the first answer.
    private func startPausedCase(_ caseID: String) throws {
        let result = try environment.run(SmallGrid.newArguments(environment, caseID: caseID), stdin: "Coop\n", timeout: 5)
        #expect(result.status == 0)
    }

    /// Checks that a second writer is refused while the case is open and that readers work.
    private func expectLockedButReadable(_ caseID: String) throws {
        let before = try JournalFile(environment, caseID).data
        let second = try environment.run(["resume", caseID], stdin: "Relève\n\n", timeout: 5)
        #expect(second.status == 75)
        #expect(second.stderr.contains("« \(caseID) »"), "the refusal names the case: \(second.stderr)")
        #expect(try JournalFile(environment, caseID).data == before, "the refused session wrote nothing")

        let table = try environment.run(["list"], timeout: 5)
        #expect(table.status == 0)
        #expect(table.stdout.contains(caseID))

        let json = try environment.run(["list", "--format", "json"], timeout: 5)
        #expect(json.status == 0)
        let cases = try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [[String: Any]]
        #expect(cases?.contains { $0.values.contains { $0 as? String == caseID } } == true, "\(json.stdout)")
    }

    @Test("While resume is open on a terminal, a second resume exits 75 naming the case, and list still reads it")
    func secondResumeIsRefused() throws {
        defer { environment.remove() }
        try startPausedCase("coop-alpha")
        let terminal = try environment.spawn(["resume", "coop-alpha"])
        try terminal.expectPrompt(after: "2. Principaux défis?")

        try expectLockedButReadable("coop-alpha")

        terminal.sendControl("d")
        #expect(try terminal.expectExit() == 0)
        let after = try environment.run(["resume", "coop-alpha"], stdin: "Relève\n\n", timeout: 5)
        #expect(after.status == 0, "once the first session ended the case opens again: \(after.stderr)")
        #expect(try JournalFile(environment, "coop-alpha").lastAnswer("defis") as? [String] == ["Relève"])
    }

    @Test("While new is open on a terminal, resume of that case exits 75 naming the case")
    func resumeDuringNewIsRefused() throws {
        defer { environment.remove() }
        let terminal = try environment.spawn(SmallGrid.newArguments(environment, caseID: "coop-beta"))
        try terminal.answerTheName()

        try expectLockedButReadable("coop-beta")

        terminal.sendControl("d")
        #expect(try terminal.expectExit() == 0)
        let after = try environment.run(["resume", "coop-beta"], stdin: "", timeout: 5)
        #expect(after.status == 0, "\(after.stderr)")
    }

    @Test("While a case is open on a terminal, delete --yes exits 75 and keeps it")
    func deleteOfAnOpenCaseIsRefused() throws {
        defer { environment.remove() }
        try startPausedCase("coop-gamma")
        let terminal = try environment.spawn(["resume", "coop-gamma"])
        try terminal.expectPrompt(after: "2. Principaux défis?")
        let deletion = try environment.run(["delete", "coop-gamma", "--yes"], timeout: 5)
        #expect(deletion.status == 75)
        #expect(deletion.stderr.contains("« coop-gamma »"))
        #expect(FileManager.default.fileExists(atPath: JournalFile.path(environment, "coop-gamma")))
        terminal.sendControl("d")
        #expect(try terminal.expectExit() == 0)
    }
}
