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
}
