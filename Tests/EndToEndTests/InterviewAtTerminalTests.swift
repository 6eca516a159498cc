import Foundation
import Testing

/// An interview typed at a real terminal: GNU readline on a pseudo-terminal, real keystrokes.
@Suite("Interview at the terminal", .serialized)
struct InterviewAtTerminalTests {
    private let environment: TestEnvironment

    init() throws {
        environment = try TestEnvironment()
        try SmallGrid.write(in: environment)
    }

    private func start(_ caseID: String = "coop") throws -> PseudoTerminal {
        try environment.spawn(SmallGrid.newArguments(environment, caseID: caseID))
    }

    @Test("Answers typed at the terminal are saved in the journal and the interview completes")
    func answersAreSaved() throws {
        defer { environment.remove() }
        let terminal = try start()
        try terminal.answerTheName()
        terminal.sendLine("Relève")
        try terminal.expect("  2› ")
        terminal.sendLine("Locaux")
        try terminal.expect("  3› ")
        terminal.sendLine("")
        try terminal.expectPrompt(after: "3. Financement solidaire?")
        terminal.sendLine("oui")
        try terminal.expectPrompt(after: "4. Si oui, lesquelles?")
        terminal.sendLine("Fiducie")
        try terminal.expectPrompt(after: "5. Statut?")
        terminal.sendLine("2")
        try terminal.expectPrompt(after: "6. Nombre d'employés?")
        terminal.sendLine("12")
        try terminal.expect("Entretien terminé")
        #expect(try terminal.expectExit() == 0)

        let journal = try JournalFile(environment, "coop")
        #expect(journal.lastAnswer("nom") as? String == "Coop")
        #expect(journal.lastAnswer("defis") as? [String] == ["Relève", "Locaux"])
        #expect(journal.lastAnswer("financement") as? Bool == true)
        #expect(journal.lastAnswer("sources") as? String == "Fiducie")
        #expect(journal.lastAnswer("statut") as? String == "obnl")
        #expect(journal.lastAnswer("employes") as? Int == 12)
        #expect(journal.kinds.last == "complete")
    }

    @Test("/retour puts the earlier answer in the edit line, and the edited text replaces it")
    func backEditsTheEarlierAnswer() throws {
        defer { environment.remove() }
        let terminal = try start()
        try terminal.answerTheName()
        terminal.sendLine("/retour")
        try terminal.expect("1. Nom de l'organisme?")
        let shown = try terminal.expectPrompt() + (try terminal.expect("Coop"))
        #expect(TerminalTranscript.screen(shown).hasSuffix("› Coop"), "the answer follows the prompt")
        terminal.ctrlA()
        terminal.send(.ctrlK)
        terminal.sendLine("Épicerie Nord")
        try terminal.expectPrompt(after: "2. Principaux défis?")
        #expect(terminal.screenText().contains("› Épicerie Nord\n"))
        terminal.sendLine("")
        try terminal.expectPrompt(after: "3. Financement solidaire?")
        terminal.sendLine("oui")
        try terminal.expectPrompt(after: "4. Si oui, lesquelles?")
        terminal.sendLine("/retour")
        try terminal.expect("3. Financement solidaire?")
        let yes = try terminal.expectPrompt() + (try terminal.expect("oui"))
        #expect(TerminalTranscript.screen(yes).hasSuffix("› oui"))
        terminal.send(.backspace, times: 3)
        terminal.sendLine("non")
        // "non" makes question 4 irrelevant: the session goes on at question 5.
        try terminal.expectPrompt(after: "5. Statut?")
        terminal.sendControl("d")
        #expect(try terminal.expectExit() == 0)

        let journal = try JournalFile(environment, "coop")
        #expect(journal.lastAnswer("nom") as? String == "Épicerie Nord")
        #expect(journal.lastAnswer("financement") as? Bool == false)
        #expect(journal.lastAnswer("sources") == nil)
    }

    @Test("After /retour the list items come back one by one: Enter keeps one, an emptied line removes one, new ones follow")
    func backEditsAListItemByItem() throws {
        defer { environment.remove() }
        let terminal = try start()
        try terminal.answerTheName()
        for (number, item) in ["Relève", "Locaux", "Transport"].enumerated() {
            terminal.sendLine(item)
            try terminal.expect("  \(number + 2)› ")
        }
        terminal.sendLine("")
        try terminal.expectPrompt(after: "3. Financement solidaire?")
        terminal.sendLine("/retour")
        try terminal.expect("2. Principaux défis?")
        let first = try terminal.expect("  1› ") + (try terminal.expect("Relève"))
        #expect(TerminalTranscript.screen(first).hasSuffix("1› Relève"))
        terminal.sendLine("")                                  // keeps "Relève"
        try terminal.expect("  2› ")
        try terminal.expect("Locaux")
        terminal.send(.ctrlU)
        terminal.sendLine("")                                  // removes "Locaux"
        try terminal.expect("  2› ")
        try terminal.expect("Transport")
        terminal.sendLine("")                                  // keeps "Transport"
        try terminal.expect("  3› ")
        terminal.sendLine("Financement")                       // a new item
        try terminal.expect("  4› ")
        terminal.sendLine("")
        try terminal.expectPrompt(after: "3. Financement solidaire?")
        terminal.sendControl("d")
        #expect(try terminal.expectExit() == 0)
        #expect(try JournalFile(environment, "coop").lastAnswer("defis") as? [String] == ["Relève", "Transport", "Financement"])
    }

    @Test("Tab completes /ai to /aide")
    func tabCompletesCommands() throws {
        defer { environment.remove() }
        let terminal = try start()
        try terminal.expectPrompt(after: "1. Nom de l'organisme?")
        terminal.send("/ai")
        try terminal.expect("/ai")
        terminal.sendTab()
        try terminal.expect("de")
        terminal.sendLine("")
        try terminal.expect("/retour")
        try terminal.expectPrompt()
        #expect(terminal.screenText().contains("› /aide\n"))
        terminal.sendControl("d")
        #expect(try terminal.expectExit() == 0)
        #expect(try JournalFile(environment, "coop").lastAnswer("nom") == nil)
    }

    @Test("An invalid integer gets one error sentence and the same prompt with the typed text still in the line")
    func invalidIntegerIsAskedAgain() throws {
        defer { environment.remove() }
        let terminal = try start()
        try terminal.expectPrompt(after: "1. Nom de l'organisme?")
        terminal.sendLine("/aller 6")
        try terminal.expectPrompt(after: "6. Nombre d'employés?")
        terminal.sendLine("douze")
        try terminal.expect("douze")  // the echo of the typed line
        let again = try terminal.expect("n'est pas un nombre") + (try terminal.expectPrompt()) + (try terminal.expect("douze"))
        let screen = TerminalTranscript.screen(again)
        let lines = screen.split(separator: "\n").filter { !$0.isEmpty }
        #expect(lines.count == 2, "one error sentence, then the prompt again: \(screen)")
        #expect(lines.first?.hasPrefix("« douze » n'est pas un nombre") == true)
        #expect(lines.first?.filter { $0 == "." }.count == 1, "one sentence")
        #expect(lines.last == "› douze")
        #expect(!again.contains("6. Nombre d'employés?"), "the question is not printed again")

        // The text is still in the edit line: fixing it there is enough.
        terminal.send(.backspace, times: 5)
        terminal.sendLine("12 employé·e·s")
        try terminal.expectPrompt(after: "1. Nom de l'organisme?")
        terminal.sendControl("d")
        #expect(try terminal.expectExit() == 0)
        #expect(try JournalFile(environment, "coop").lastAnswer("employes") as? Int == 12)
    }

    @Test("Ctrl-D at an empty prompt pauses with exit 0 and says how to resume")
    func controlDPauses() throws {
        defer { environment.remove() }
        let terminal = try start()
        try terminal.answerTheName()
        terminal.sendControl("d")
        try terminal.expect("interview resume coop")
        #expect(try terminal.expectExit() == 0)
        let journal = try JournalFile(environment, "coop")
        #expect(journal.lastAnswer("nom") as? String == "Coop")
        #expect(journal.kinds.last == "pause")
    }

    @Test("Ctrl-C cancels the typed line, and Ctrl-C again on the empty line pauses")
    func controlCCancelsThenPauses() throws {
        defer { environment.remove() }
        let terminal = try start()
        try terminal.expectPrompt(after: "1. Nom de l'organisme?")
        terminal.send("brouillon")
        try terminal.expect("brouillon")
        terminal.sendControl("c")
        try terminal.expectPrompt()
        terminal.sendLine("Coop")
        try terminal.expectPrompt(after: "2. Principaux défis?")
        terminal.sendControl("c")
        try terminal.expect("interview resume coop")
        #expect(try terminal.expectExit() == 0)

        let journal = try JournalFile(environment, "coop")
        #expect(journal.lastAnswer("nom") as? String == "Coop", "the cancelled text is not part of the next line")
        #expect(!String(decoding: journal.data, as: UTF8.self).contains("brouillon"))
        #expect(journal.kinds.last == "pause")
    }

    @Test("Accents, guillemets and emoji typed are stored exactly, in NFC")
    func unicodeIsStoredInNFC() throws {
        defer { environment.remove() }
        let terminal = try start()
        try terminal.expectPrompt(after: "1. Nom de l'organisme?")
        // "é" typed as e + combining acute accent (NFD), as some keyboards and pastes send it.
        terminal.sendLine("« Cafe\u{301} ☕ »")
        try terminal.expectPrompt(after: "2. Principaux défis?")
        terminal.sendLine("Épicerie solidaire 🍎")
        try terminal.expect("  2› ")
        terminal.sendControl("d")
        #expect(try terminal.expectExit() == 0)

        let journal = try JournalFile(environment, "coop")
        let name = journal.lastAnswer("nom") as? String ?? ""
        // String == compares canonically; compare the scalars to see the stored form.
        #expect(Array(name.unicodeScalars) == Array("« Caf\u{E9} ☕ »".unicodeScalars))
        #expect(journal.data.range(of: Data("« Caf\u{E9} ☕ »".utf8)) != nil, "stored as UTF-8 text in the file")
        let draft = journal.lastEvent(about: "defis")
        #expect((draft?["items"] as? [String])?.first.map { Array($0.unicodeScalars) }
            == Array("Épicerie solidaire 🍎".unicodeScalars))
    }

    @Test("Text typed with an escape sequence is stored as typed, and /revoir shows it without the raw escape")
    func escapeSequencesAreNeverEchoedRaw() throws {
        defer { environment.remove() }
        let terminal = try start()
        try terminal.expectPrompt(after: "1. Nom de l'organisme?")
        // Ctrl-V makes readline insert the next key, ESC, as a character.
        terminal.send("\u{16}\u{1B}")
        terminal.sendLine("[31mrouge")
        try terminal.expectPrompt(after: "2. Principaux défis?")
        terminal.sendLine("/revoir")
        let review = try terminal.expect("6. Nombre d'employés?") + (try terminal.expectPrompt())
        #expect(review.contains("^[[31mrouge"))
        #expect(!review.contains("\u{1B}[31mrouge"))
        terminal.sendControl("d")
        #expect(try terminal.expectExit() == 0)
        #expect(try JournalFile(environment, "coop").lastAnswer("nom") as? String == "\u{1B}[31mrouge")
    }
}
