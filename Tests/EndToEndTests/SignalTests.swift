import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif
import Testing

/// SIGTERM and SIGHUP (sent, or a terminal really closed) at moments `ResumeTests` does not
/// cover: in the middle of a list, while editing a list, at the review of a completed case, at
/// the `/fin` question, and through a pipe. Everything is saved, the typed line is kept as a
/// draft, the exit code is 128 + n, and the resumed session offers what was typed.
@Suite("Signals", .serialized)
struct SignalTests {
    private let environment: TestEnvironment

    init() throws {
        environment = try TestEnvironment()
        try SmallGrid.write(in: environment)
    }

    private func start(_ caseID: String = "coop") throws -> PseudoTerminal {
        try environment.spawn(SmallGrid.newArguments(environment, caseID: caseID))
    }

    /// Answers the name and types two list items, then `partial` without Enter.
    private func typeIntoTheList(_ terminal: PseudoTerminal, partial: String) throws {
        try terminal.answerTheName()
        terminal.sendLine("Relève")
        try terminal.expect("  2› ")
        terminal.sendLine("Locaux")
        try terminal.expect("  3› ")
        if !partial.isEmpty {
            terminal.send(partial)
            try terminal.expect(String(partial.suffix(4)))
        }
    }

    /// Starts `coop`, answers the name, goes back to it with `/retour` and types " Nord" after
    /// the offered "Coop", without Enter.
    private func startEditingTheName() throws -> PseudoTerminal {
        let terminal = try start()
        try terminal.answerTheName()
        terminal.sendLine("/retour")
        try terminal.expectPrompt(after: "1. Nom de l'organisme?")
        try terminal.expect("Coop")
        terminal.send(" Nord")
        try terminal.expect("Nord")
        return terminal
    }

    /// Starts `coop`, answers the list with "Relève", "Locaux" and "Transport", goes back to it
    /// with `/retour`, keeps "Relève" and types " du centre" after the offered "Locaux", without
    /// Enter.
    private func startEditingTheList() throws -> PseudoTerminal {
        let terminal = try start()
        try typeIntoTheList(terminal, partial: "")
        terminal.sendLine("Transport")
        try terminal.expect("  4› ")
        terminal.sendLine("")
        try terminal.expectPrompt(after: "3. Financement solidaire?")
        terminal.sendLine("/retour")
        try terminal.expect("2. Principaux défis?")
        try terminal.expect("  1› ")
        try terminal.expect("Relève")
        terminal.sendLine("")                  // keeps "Relève"
        try terminal.expect("  2› ")
        try terminal.expect("Locaux")
        terminal.send(" du centre")            // editing "Locaux" when the signal comes
        try terminal.expect("centre")
        return terminal
    }

    /// Resumes `coop` at the terminal and checks that the list comes back item by item, then ends it.
    private func expectListOffered(_ items: [String], then line: String?) throws {
        let resumed = try environment.spawn(["resume", "coop"])
        try resumed.expect("Reprise du cas coop")
        try resumed.expect("2. Principaux défis?")
        for (index, item) in items.enumerated() {
            let shown = try resumed.expect("  \(index + 1)› ") + (try resumed.expect(item))
            #expect(TerminalTranscript.screen(shown).hasSuffix("\(index + 1)› \(item)"), "item \(index + 1) offered")
            resumed.sendLine("")
        }
        var expected = items
        if let line {
            let shown = try resumed.expect("  \(items.count + 1)› ") + (try resumed.expect(line))
            #expect(TerminalTranscript.screen(shown).hasSuffix("\(items.count + 1)› \(line)"), "the typed line offered after the items")
            resumed.sendLine("")
            expected.append(line)
        }
        try resumed.expect("  \(expected.count + 1)› ")
        resumed.sendLine("")
        try resumed.expectPrompt(after: "3. Financement solidaire?")
        resumed.sendControl("d")
        #expect(try resumed.expectExit() == 0)
        #expect(try JournalFile(environment, "coop").lastAnswer("defis") as? [String] == expected)
    }

    @Test("SIGTERM in the middle of a list exits 143 with the items and the typed line as a draft, and resume offers them")
    func terminationInTheMiddleOfAList() throws {
        defer { environment.remove() }
        let terminal = try start()
        try typeIntoTheList(terminal, partial: "Transport")
        terminal.signal(SIGTERM)
        #expect(try terminal.expectExit(timeout: 3) == 128 + SIGTERM)

        let journal = try JournalFile(environment, "coop")
        let draft = journal.lastEvent(about: "defis")
        #expect(draft?["event"] as? String == "draft")
        #expect(draft?["items"] as? [String] == ["Relève", "Locaux"])
        #expect(draft?["line"] as? String == "Transport")
        #expect(journal.kinds.last == "pause")
        #expect(journal.lastAnswer("nom") as? String == "Coop")
        try expectListOffered(["Relève", "Locaux"], then: "Transport")
    }

    @Test("SIGTERM at an empty list line keeps the items, records no empty line, and exits 143")
    func terminationAtAnEmptyListLine() throws {
        defer { environment.remove() }
        let terminal = try start()
        try typeIntoTheList(terminal, partial: "")
        terminal.signal(SIGTERM)
        #expect(try terminal.expectExit(timeout: 3) == 128 + SIGTERM)
        let draft = try JournalFile(environment, "coop").lastEvent(about: "defis")
        #expect(draft?["items"] as? [String] == ["Relève", "Locaux"])
        #expect(draft?["line"] == nil)
        try expectListOffered(["Relève", "Locaux"], then: nil)
    }

    @Test("Closing the terminal in the middle of a list exits 129 and keeps the items and the typed line")
    func hangUpInTheMiddleOfAList() throws {
        defer { environment.remove() }
        let terminal = try environment.spawnForHangUp(SmallGrid.newArguments(environment, caseID: "coop"))
        try terminal.waitFor("1. Nom de l'organisme?")
        try terminal.waitFor("› ")
        terminal.send("Coop\r")
        try terminal.waitFor("  1› ")
        terminal.send("Relève\r")
        try terminal.waitFor("  2› ")
        terminal.send("Loca")
        try terminal.waitFor("Loca")
        #expect(try terminal.hangUp() == 128 + SIGHUP)

        let journal = try JournalFile(environment, "coop")
        let draft = journal.lastEvent(about: "defis")
        #expect(draft?["items"] as? [String] == ["Relève"])
        #expect(draft?["line"] as? String == "Loca")
        #expect(journal.kinds.last == "pause")
        try expectListOffered(["Relève"], then: "Loca")
    }

    @Test("Closing the terminal at an empty prompt exits 129 with a pause and no draft")
    func hangUpAtAnEmptyPrompt() throws {
        defer { environment.remove() }
        let terminal = try environment.spawnForHangUp(SmallGrid.newArguments(environment, caseID: "coop"))
        try terminal.waitFor("1. Nom de l'organisme?")
        try terminal.waitFor("› ")
        terminal.send("Coop\r")
        try terminal.waitFor("2. Principaux défis?")
        try terminal.waitFor("  1› ")
        #expect(try terminal.hangUp() == 128 + SIGHUP)
        let journal = try JournalFile(environment, "coop")
        #expect(journal.kinds == ["answer", "pause"], "\(journal.kinds)")
        #expect(journal.lastAnswer("nom") as? String == "Coop")
    }

    @Test("SIGTERM while list items are edited after /retour keeps every item and the line being edited")
    func terminationWhileEditingAList() throws {
        defer { environment.remove() }
        let terminal = try startEditingTheList()
        terminal.signal(SIGTERM)
        #expect(try terminal.expectExit(timeout: 3) == 128 + SIGTERM)

        let journal = try JournalFile(environment, "coop")
        #expect(journal.lastAnswer("defis") as? [String] == ["Relève", "Locaux", "Transport"], "the saved answer is untouched")
        let draft = journal.lastEvent(about: "defis")
        #expect(draft?["event"] as? String == "draft")
        let items = (draft?["items"] as? [String] ?? []) + [(draft?["line"] as? String)].compactMap { $0 }
        #expect(Set(items) == ["Relève", "Locaux du centre", "Transport"], "nothing lost: \(draft ?? [:])")
    }

    @Test(
        "After SIGTERM while editing a list, the resumed list keeps the items' order"
    )
    func terminationWhileEditingAListKeepsTheOrder() throws {
        defer { environment.remove() }
        let terminal = try startEditingTheList()
        terminal.signal(SIGTERM)
        #expect(try terminal.expectExit(timeout: 3) == 128 + SIGTERM)

        // The resumed session opens on the list whose edit was interrupted.
        let resumed = try environment.spawn(["resume", "coop"])
        try resumed.expect("2. Principaux défis?")
        for number in 1...3 {  // Enter keeps each item offered
            try resumed.expect("  \(number)› ")
            resumed.sendLine("")
        }
        try resumed.expect("  4› ")
        resumed.sendLine("")
        try resumed.expectPrompt(after: "3. Financement solidaire?")
        resumed.sendControl("d")
        #expect(try resumed.expectExit() == 0)
        #expect(try JournalFile(environment, "coop").lastAnswer("defis") as? [String] == ["Relève", "Locaux du centre", "Transport"])
    }

    @Test("SIGTERM while an earlier answer is edited after /retour keeps the edited line as a draft and the saved answer untouched")
    func terminationWhileEditingAnEarlierAnswer() throws {
        defer { environment.remove() }
        let terminal = try startEditingTheName()
        terminal.signal(SIGTERM)
        #expect(try terminal.expectExit(timeout: 3) == 128 + SIGTERM)
        let journal = try JournalFile(environment, "coop")
        #expect(journal.lastAnswer("nom") as? String == "Coop")
        #expect(journal.lastEvent(about: "nom")?["line"] as? String == "Coop Nord")
        #expect(journal.kinds.last == "pause")
    }

    @Test(
        "After SIGTERM while an earlier answer is edited, resume offers the edited line"
    )
    func resumeOffersTheDraftOfAnEarlierAnswer() throws {
        defer { environment.remove() }
        let terminal = try startEditingTheName()
        terminal.signal(SIGTERM)
        #expect(try terminal.expectExit(timeout: 3) == 128 + SIGTERM)

        let resumed = try environment.spawn(["resume", "coop"])
        try resumed.expect("Reprise du cas coop")
        let shown = try resumed.expect("› ", timeout: 3) + (try resumed.expect("Nord", timeout: 3))
        #expect(TerminalTranscript.screen(shown).contains("1. Nom de l'organisme?"), "\(TerminalTranscript.screen(shown))")
        #expect(TerminalTranscript.screen(shown).hasSuffix("› Coop Nord"))
        resumed.close()
    }

    @Test("SIGTERM at the review prompt of a completed case exits 143 and the case stays completed")
    func terminationAtTheReviewKeepsTheCaseCompleted() throws {
        defer { environment.remove() }
        let piped = try environment.run(SmallGrid.newArguments(environment, caseID: "coop"), stdin: SmallGrid.completeInput, timeout: 5)
        #expect(piped.status == 0, "\(piped.stderr)")
        let terminal = try environment.spawn(["resume", "coop"])
        try terminal.expect("revue› ")
        terminal.send("/al")
        try terminal.expect("/al")
        terminal.signal(SIGTERM)
        #expect(try terminal.expectExit(timeout: 3) == 128 + SIGTERM)

        let journal = try JournalFile(environment, "coop")
        #expect(Array(journal.kinds.suffix(2)) == ["resume", "complete"], "\(journal.kinds)")
        let list = try environment.run(["list", "--format", "json"], timeout: 5)
        #expect(list.status == 0)
        #expect(list.stdout.contains("\"completed\""), "\(list.stdout)")
    }

    @Test("SIGHUP (terminal closed) at the review prompt of a completed case exits 129 and the case stays completed")
    func hangUpAtTheReviewKeepsTheCaseCompleted() throws {
        defer { environment.remove() }
        let piped = try environment.run(SmallGrid.newArguments(environment, caseID: "coop"), stdin: SmallGrid.completeInput, timeout: 5)
        #expect(piped.status == 0, "\(piped.stderr)")
        let terminal = try environment.spawnForHangUp(["resume", "coop"])
        try terminal.waitFor("revue› ")
        #expect(try terminal.hangUp() == 128 + SIGHUP)
        #expect(try JournalFile(environment, "coop").kinds.last == "complete")
    }

    @Test("SIGTERM while a completed case is being edited with /aller keeps the typed line and keeps the case completed")
    func terminationWhileEditingACompletedCase() throws {
        defer { environment.remove() }
        let piped = try environment.run(SmallGrid.newArguments(environment, caseID: "coop"), stdin: SmallGrid.completeInput, timeout: 5)
        #expect(piped.status == 0, "\(piped.stderr)")
        let terminal = try environment.spawn(["resume", "coop"])
        try terminal.expect("revue› ")
        terminal.sendLine("/aller 6")
        try terminal.expectPrompt(after: "6. Nombre d'employés?")
        try terminal.expect("12")
        terminal.send("0")
        try terminal.expect("0")
        terminal.signal(SIGTERM)
        #expect(try terminal.expectExit(timeout: 3) == 128 + SIGTERM)
        let journal = try JournalFile(environment, "coop")
        #expect(journal.lastAnswer("employes") as? Int == 12, "the saved answer is untouched")
        #expect(journal.lastEvent(about: "employes")?["line"] as? String == "120")
        #expect(journal.kinds.last == "complete", "\(journal.kinds)")
    }

    @Test("SIGTERM at the /fin confirmation exits 143 with a pause, and the case is not completed")
    func terminationAtTheFinishQuestion() throws {
        defer { environment.remove() }
        let terminal = try start()
        try terminal.answerTheName()
        terminal.sendLine("/fin")
        try terminal.expect("(o/n)")
        terminal.signal(SIGTERM)
        #expect(try terminal.expectExit(timeout: 3) == 128 + SIGTERM)
        let journal = try JournalFile(environment, "coop")
        #expect(journal.kinds.last == "pause", "\(journal.kinds)")
        #expect(!journal.kinds.contains("complete"))
    }

    @Test("SIGTERM at a yes/no question with text typed keeps the text as a draft and offers it on resume")
    func terminationAtAYesNoQuestion() throws {
        defer { environment.remove() }
        let terminal = try start()
        try terminal.answerTheName()
        terminal.sendLine("")
        try terminal.expectPrompt(after: "3. Financement solidaire?")
        terminal.send("ou")
        try terminal.expect("ou")
        terminal.signal(SIGTERM)
        #expect(try terminal.expectExit(timeout: 3) == 128 + SIGTERM)
        #expect(try JournalFile(environment, "coop").lastEvent(about: "financement")?["line"] as? String == "ou")

        let resumed = try environment.spawn(["resume", "coop"])
        let line = try resumed.expectPrompt(after: "3. Financement solidaire?") + (try resumed.expect("ou"))
        #expect(TerminalTranscript.screen(line).hasSuffix("› ou"))
        resumed.sendLine("i")
        try resumed.expectPrompt(after: "4. Si oui, lesquelles?")
        resumed.sendControl("d")
        #expect(try resumed.expectExit() == 0)
        #expect(try JournalFile(environment, "coop").lastAnswer("financement") as? Bool == true)
    }

    @Test("Two SIGTERMs in a row still exit 143 once, with one pause")
    func repeatedTermination() throws {
        defer { environment.remove() }
        let terminal = try start()
        try terminal.expectPrompt(after: "1. Nom de l'organisme?")
        terminal.send("Coop")
        try terminal.expect("Coop")
        terminal.signal(SIGTERM)
        terminal.signal(SIGTERM)
        #expect(try terminal.expectExit(timeout: 3) == 128 + SIGTERM)
        let journal = try JournalFile(environment, "coop")
        #expect(journal.kinds == ["draft", "pause"], "\(journal.kinds)")
    }

    @Test(
        "Piped: SIGTERM while waiting for input exits 143 with every answer saved and a pause"
    )
    func pipedTermination() throws {
        defer { environment.remove() }
        let session = try environment.startPiped(SmallGrid.newArguments(environment, caseID: "coop"))
        session.write("Coop\nA\n")
        try session.expectStdout("  2› ")
        session.signal(SIGTERM)
        let result = try session.waitForExit(timeout: 5)
        #expect(result.status == 128 + SIGTERM, "\(result.stderr)")
        let journal = try JournalFile(environment, "coop")
        #expect(journal.lastAnswer("nom") as? String == "Coop")
        #expect(journal.lastEvent(about: "defis")?["items"] as? [String] == ["A"])
        #expect(journal.kinds.last == "pause")

        let resumed = try environment.run(["resume", "coop"], stdin: "B\n\nnon\n", timeout: 5)
        #expect(resumed.status == 0, "\(resumed.stderr)")
        #expect(try JournalFile(environment, "coop").lastAnswer("defis") as? [String] == ["A", "B"])
    }

    @Test(
        "Piped: SIGHUP while waiting for input exits 129 with a pause"
    )
    func pipedHangUp() throws {
        defer { environment.remove() }
        let session = try environment.startPiped(SmallGrid.newArguments(environment, caseID: "coop"))
        session.write("Coop\n")
        try session.expectStdout("  1› ")
        session.signal(SIGHUP)
        let result = try session.waitForExit(timeout: 5)
        #expect(result.status == 128 + SIGHUP, "\(result.stderr)")
        #expect(try JournalFile(environment, "coop").kinds == ["answer", "pause"])
    }
}
