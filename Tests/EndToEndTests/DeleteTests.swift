import Foundation
import Testing

/// `interview delete`: confirmation, `--yes`, unknown cases.
@Suite("Deleting a case", .serialized)
struct DeleteTests {
    private let environment: TestEnvironment

    init() throws {
        environment = try TestEnvironment()
        try SmallGrid.write(in: environment)
        let created = try environment.run(SmallGrid.newArguments(environment, caseID: "coop"), stdin: "Coop\n", timeout: 5)
        #expect(created.status == 0)
    }

    private var journalExists: Bool {
        FileManager.default.fileExists(atPath: JournalFile.path(environment, "coop"))
    }

    @Test("delete CASE --yes removes the case")
    func deleteWithYes() throws {
        defer { environment.remove() }
        let result = try environment.run(["delete", "coop", "--yes"], timeout: 5)
        #expect(result.status == 0, "\(result.stderr)")
        #expect(!journalExists)
        let list = try environment.run(["list", "--format", "json"], timeout: 5)
        #expect(list.status == 0)
        #expect(!list.stdout.contains("coop"))
    }

    @Test("delete without --yes through a pipe exits 64 and keeps the case")
    func pipedDeleteWithoutYesIsRefused() throws {
        defer { environment.remove() }
        let before = try JournalFile(environment, "coop").data
        let result = try environment.run(["delete", "coop"], stdin: "coop\n", timeout: 5)
        #expect(result.status == 64)
        #expect(result.stderr.contains("--yes"))
        #expect(try JournalFile(environment, "coop").data == before)
    }

    @Test("delete of an unknown case exits 66 naming it")
    func unknownCase() throws {
        defer { environment.remove() }
        let result = try environment.run(["delete", "inconnu", "--yes"], timeout: 5)
        #expect(result.status == 66)
        #expect(result.stderr.contains("inconnu"))
        #expect(journalExists)
    }

    @Test("At the terminal, delete asks to type the case id, and anything else deletes nothing")
    func terminalDeleteAsks() throws {
        defer { environment.remove() }
        let refused = try environment.spawn(["delete", "coop"])
        try refused.expect("Tapez l'identifiant du cas pour confirmer : ")
        refused.sendLine("non")
        try refused.expect("Rien n'est supprimé.")
        #expect(try refused.expectExit() == 0)
        #expect(journalExists)

        let confirmed = try environment.spawn(["delete", "coop"])
        try confirmed.expect("Tapez l'identifiant du cas pour confirmer : ")
        confirmed.sendLine("coop")
        try confirmed.expect("supprimé")
        #expect(try confirmed.expectExit() == 0)
        #expect(!journalExists)
    }

    @Test("delete CASE > FILE at the terminal still asks on the screen (stderr); the file gets only the outcome")
    func confirmationGoesToStandardError() throws {
        defer { environment.remove() }
        let terminal = try PseudoTerminal(executable: "/bin/bash", arguments: ["-c", #""$INTERVIEW" delete coop > sortie.txt"#],
                                          environment: environment.environment.merging(["INTERVIEW": environment.executable]) { _, new in new },
                                          directory: environment.directory)
        try terminal.expect("Tapez l'identifiant du cas pour confirmer : ")
        terminal.sendLine("coop")
        #expect(try terminal.expectExit() == 0)
        #expect(!journalExists)
        let file = try String(contentsOfFile: environment.path("sortie.txt"), encoding: .utf8)
        #expect(!file.contains("Tapez"), "the question is not in the redirected output: \(file)")
        #expect(file.contains("coop"))
    }

    @Test("delete -y is delete --yes")
    func shortYes() throws {
        defer { environment.remove() }
        let result = try environment.run(["delete", "-y", "coop"], timeout: 5)
        #expect(result.status == 0, "\(result.stderr)")
        #expect(!journalExists)
    }
}
