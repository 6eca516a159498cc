import Foundation
import Testing

/// Tab completion and history at a real terminal: GNU readline on a pseudo-terminal.
@Suite("Completion and history at the terminal", .serialized)
struct CompletionAndHistoryAtTerminalTests {
    private let environment: TestEnvironment

    init() throws {
        environment = try TestEnvironment()
        try SmallGrid.write(in: environment)
    }

    /// A new interview of the small grid at its yes/no question (3).
    /// The small-grid case `coop` paused at its yes/no question (question 3).
    private func pausedAtYesNoQuestion() throws {
        let first = try atYesNoQuestion()
        first.sendControl("d")
        #expect(try first.expectExit() == 0)
    }

    /// That case resumed, at question 3 again.
    private func resumedAtYesNoQuestion() throws -> PseudoTerminal {
        try pausedAtYesNoQuestion()
        let resumed = try environment.spawn(["resume", "coop"])
        try resumed.expectPrompt(after: "3. Financement solidaire?")
        return resumed
    }

    private func atYesNoQuestion() throws -> PseudoTerminal {
        let terminal = try environment.spawn(SmallGrid.newArguments(environment, caseID: "coop"))
        try terminal.answerTheName("Épicerie « Chez nous »")
        terminal.sendLine("Relève")
        try terminal.expect("  2› ")
        terminal.sendLine("")
        try terminal.expectPrompt(after: "3. Financement solidaire?")
        return terminal
    }

    @Test("Tab after `ou` at a yes/no question completes `oui`, which is saved")
    func tabCompletesOui() throws {
        defer { environment.remove() }
        let terminal = try atYesNoQuestion()
        terminal.send("ou")
        try terminal.expect("ou")
        terminal.sendTab()
        try terminal.expect("i")
        terminal.sendLine("")
        try terminal.expectPrompt(after: "4. Si oui, lesquelles?")
        #expect(terminal.screenText().contains("› oui\n"))
        terminal.sendControl("d")
        #expect(try terminal.expectExit() == 0)
        #expect(try JournalFile(environment, "coop").lastAnswer("financement") as? Bool == true)
    }

    @Test("Tab on a choice prefix typed without accents or capitals completes the label")
    func tabCompletesChoiceWithoutAccents() throws {
        defer { environment.remove() }
        let terminal = try atYesNoQuestion()
        terminal.sendLine("non")
        try terminal.expectPrompt(after: "5. Statut?")
        terminal.send("coop")
        try terminal.expect("coop")
        terminal.sendTab()
        try terminal.expect("Coopérative")
        terminal.sendLine("")
        try terminal.expectPrompt(after: "6. Nombre d'employés?")
        #expect(terminal.screenText().contains("› Coopérative\n"))
        terminal.sendControl("d")
        #expect(try terminal.expectExit() == 0)
        #expect(try JournalFile(environment, "coop").lastAnswer("statut") as? String == "cooperative")
    }

    @Test("Tab-Tab on an empty line lists the choices and the commands, not the question ids")
    func tabTabListsChoicesAndCommands() throws {
        defer { environment.remove() }
        let terminal = try atYesNoQuestion()
        terminal.sendLine("non")
        try terminal.expectPrompt(after: "5. Statut?")
        terminal.sendTab()
        terminal.sendTab()
        // Readline lays the candidates out in columns, row by row: read up to the prompt shown again.
        let listed = try terminal.expect("/revoir") + terminal.expect("› ")
        #expect(listed.contains("Entreprise privée") && listed.contains("/aide"))
        #expect(!listed.contains("/aller employes"), "question ids only after /aller")
        terminal.sendLine("2")
        try terminal.expectPrompt(after: "6. Nombre d'employés?")
        terminal.sendTab()
        terminal.sendTab()
        let commands = try terminal.expect("/revoir")
        #expect(commands.contains("/aide"), "a second Tab on an empty line lists the commands, with nothing put in the line")
        terminal.sendControl("d")
        #expect(try terminal.expectExit() == 0)
    }

    @Test("Up after a resume brings back the case's earlier answer")
    func upAfterResumeShowsEarlierAnswer() throws {
        defer { environment.remove() }
        let resumed = try resumedAtYesNoQuestion()
        resumed.up()
        try resumed.expect("Relève")
        resumed.up()
        try resumed.expect("Épicerie « Chez nous »")
        resumed.ctrlA()
        resumed.send(.ctrlK)
        resumed.sendLine("non")
        try resumed.expectPrompt(after: "5. Statut?")
        resumed.sendControl("d")
        #expect(try resumed.expectExit() == 0)
        #expect(try JournalFile(environment, "coop").lastAnswer("financement") as? Bool == false)
    }

    @Test("Ctrl-R after a resume finds an earlier answer of the case by a word in it")
    func reverseSearchAfterResume() throws {
        defer { environment.remove() }
        let resumed = try resumedAtYesNoQuestion()
        resumed.sendControl("r")
        resumed.send("Chez")
        // Readline shows the match with the search string in reverse video.
        try resumed.expect("\u{1B}[7mChez")
        #expect(resumed.screenText().contains("(reverse-i-search)`Chez': Épicerie « Chez nous »"))
        resumed.sendControl("g")
        resumed.sendLine("oui")
        try resumed.expectPrompt(after: "4. Si oui, lesquelles?")
        resumed.sendControl("d")
        #expect(try resumed.expectExit() == 0)
    }

    @Test("A new case's session does not offer another case's answers on Up")
    func newCaseHasNoHistory() throws {
        defer { environment.remove() }
        try pausedAtYesNoQuestion()
        let other = try environment.spawn(SmallGrid.newArguments(environment, caseID: "autre"))
        try other.expectPrompt(after: "1. Nom de l'organisme?")
        other.up()
        other.sendLine("")
        try other.expect("›")
        other.sendControl("d")
        #expect(try other.expectExit() == 0)
        #expect(!other.screenText().contains("Relève"))
    }
}
