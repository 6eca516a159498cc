import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif
import Testing

/// Pausing, stopping and resuming a case at the terminal.
@Suite("Resuming a case", .serialized)
struct ResumeTests {
    private let environment: TestEnvironment

    init() throws {
        environment = try TestEnvironment()
        try SmallGrid.write(in: environment)
    }

    @Test("A paused interview resumes after a status line at its first open question")
    func pausedInterviewResumes() throws {
        defer { environment.remove() }
        let first = try environment.spawn(SmallGrid.newArguments(environment, caseID: "coop"))
        try first.answerTheName()
        first.sendLine("Relève")
        try first.expect("  2› ")
        first.sendLine("")
        try first.expectPrompt(after: "3. Financement solidaire?")
        first.sendControl("d")
        #expect(try first.expectExit() == 0)

        let resumed = try environment.spawn(["resume", "coop"])
        try resumed.expect("Reprise du cas coop")
        let status = try resumed.expectPrompt(after: "3. Financement solidaire?")
        #expect(!status.contains("1. Nom de l'organisme?"), "answered questions are not asked again")
        resumed.sendLine("non")
        try resumed.expectPrompt(after: "5. Statut?")
        resumed.sendLine("1")
        try resumed.expectPrompt(after: "6. Nombre d'employés?")
        resumed.sendLine("3")
        try resumed.expect("Entretien terminé")
        #expect(try resumed.expectExit() == 0)

        let journal = try JournalFile(environment, "coop")
        #expect(journal.kinds.contains("resume"))
        #expect(journal.kinds.last == "complete")
        #expect(journal.lastAnswer("defis") as? [String] == ["Relève"])
        #expect(journal.lastAnswer("employes") as? Int == 3)
    }

    @Test("A completed case reopens on its review, and /fin closes it with exit 0")
    func completedCaseReopensOnReview() throws {
        defer { environment.remove() }
        let piped = try environment.run(SmallGrid.newArguments(environment, caseID: "coop"), stdin: SmallGrid.completeInput, timeout: 5)
        #expect(piped.status == 0)

        let terminal = try environment.spawn(["resume", "coop"])
        try terminal.expect("Reprise du cas coop")
        let review = try terminal.expect("revue› ")
        let screen = TerminalTranscript.screen(review)
        #expect(screen.contains("1. Nom de l'organisme? — Coop"))
        #expect(screen.contains("6. Nombre d'employés? — 12"))
        terminal.sendLine("/fin")
        #expect(try terminal.expectExit() == 0)

        let journal = try JournalFile(environment, "coop")
        #expect(Array(journal.kinds.suffix(2)) == ["resume", "complete"])
    }

    @Test("SIGTERM while a line is typed exits 143, and the resumed session offers that line in the edit line")
    func terminationKeepsTheTypedLine() throws {
        defer { environment.remove() }
        let terminal = try environment.spawn(SmallGrid.newArguments(environment, caseID: "coop"))
        try terminal.expectPrompt(after: "1. Nom de l'organisme?")
        terminal.send("Coopérative du Fjord")
        try terminal.expect("Fjord")
        terminal.signal(SIGTERM)
        #expect(try terminal.expectExit(timeout: 3) == 128 + SIGTERM)

        let journal = try JournalFile(environment, "coop")
        #expect(journal.lastEvent(about: "nom")?["event"] as? String == "draft")
        #expect(journal.lastEvent(about: "nom")?["line"] as? String == "Coopérative du Fjord")
        #expect(journal.kinds.last == "pause")

        let resumed = try environment.spawn(["resume", "coop"])
        try resumed.expect("Reprise du cas coop")
        try resumed.expect("1. Nom de l'organisme?")
        let line = try resumed.expectPrompt() + (try resumed.expect("Fjord"))
        #expect(TerminalTranscript.screen(line).hasSuffix("› Coopérative du Fjord"))
        resumed.sendLine("")
        try resumed.expectPrompt(after: "2. Principaux défis?")
        resumed.sendControl("d")
        #expect(try resumed.expectExit() == 0)
        #expect(try JournalFile(environment, "coop").lastAnswer("nom") as? String == "Coopérative du Fjord")
    }

    @Test("SIGHUP while a line is typed exits 129, and the resumed session offers that line in the edit line")
    func hangUpSignalKeepsTheTypedLine() throws {
        defer { environment.remove() }
        let terminal = try environment.spawn(SmallGrid.newArguments(environment, caseID: "coop"))
        try terminal.expectPrompt(after: "1. Nom de l'organisme?")
        terminal.send("Coop du Fjord")
        try terminal.expect("Fjord")
        terminal.signal(SIGHUP)
        #expect(try terminal.expectExit(timeout: 3) == 128 + SIGHUP)
        #expect(try JournalFile(environment, "coop").lastEvent(about: "nom")?["line"] as? String == "Coop du Fjord")

        let resumed = try environment.spawn(["resume", "coop"])
        try resumed.expect("1. Nom de l'organisme?")
        let line = try resumed.expectPrompt() + (try resumed.expect("Fjord"))
        #expect(TerminalTranscript.screen(line).hasSuffix("› Coop du Fjord"))
        resumed.sendControl("c")
        try resumed.expectPrompt()
        resumed.sendControl("d")
        #expect(try resumed.expectExit() == 0)
    }

    @Test(
        "Closing the terminal while a line is typed exits 129 and keeps the line as a draft"
    )
    func closedTerminalKeepsTheTypedLine() throws {
        defer { environment.remove() }
        let terminal = try environment.spawnForHangUp(SmallGrid.newArguments(environment, caseID: "coop"))
        try terminal.waitFor("1. Nom de l'organisme?")
        try terminal.waitFor("› ")
        terminal.send("Coop du Fjord")
        try terminal.waitFor("Fjord")
        #expect(try terminal.hangUp() == 128 + SIGHUP)
        let journal = try JournalFile(environment, "coop")
        #expect(journal.kinds.last == "pause")
        #expect(journal.lastEvent(about: "nom")?["line"] as? String == "Coop du Fjord", "\(journal.kinds)")
    }

    @Test(
        "SIGHUP in the middle of a list exits 129, and the resumed session offers the items and the typed line"
    )
    func hangUpKeepsListItemsAndTheTypedLine() throws {
        defer { environment.remove() }
        let terminal = try environment.spawn(SmallGrid.newArguments(environment, caseID: "coop"))
        try terminal.answerTheName()
        terminal.sendLine("Relève")
        try terminal.expect("  2› ")
        terminal.send("Locaux trop petits")
        try terminal.expect("petits")
        terminal.signal(SIGHUP)
        #expect(try terminal.expectExit(timeout: 3) == 128 + SIGHUP)

        let draft = try JournalFile(environment, "coop").lastEvent(about: "defis")
        #expect(draft?["items"] as? [String] == ["Relève"])
        #expect(draft?["line"] as? String == "Locaux trop petits")

        let resumed = try environment.spawn(["resume", "coop"])
        try resumed.expect("Reprise du cas coop")
        try resumed.expect("2. Principaux défis?")
        let first = try resumed.expect("  1› ") + (try resumed.expect("Relève"))
        #expect(TerminalTranscript.screen(first).hasSuffix("1› Relève"))
        resumed.sendLine("")
        let second = try resumed.expect("  2› ") + (try resumed.expect("petits"))
        #expect(TerminalTranscript.screen(second).hasSuffix("2› Locaux trop petits"))
        resumed.sendLine("")
        try resumed.expect("  3› ")
        resumed.sendLine("")
        try resumed.expectPrompt(after: "3. Financement solidaire?")
        resumed.sendControl("d")
        #expect(try resumed.expectExit() == 0)
        #expect(try JournalFile(environment, "coop").lastAnswer("defis") as? [String] == ["Relève", "Locaux trop petits"])
    }
}
