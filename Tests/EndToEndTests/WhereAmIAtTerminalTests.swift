import Foundation
import Testing

/// Where am I, at a real terminal: the progress mark, the closing review, the question shown
/// again after a command, and a long review through the pager.
@Suite("Where am I at the terminal", .serialized)
struct WhereAmIAtTerminalTests {
    private let environment: TestEnvironment

    init() throws {
        environment = try TestEnvironment()
        try SmallGrid.write(in: environment)
    }

    /// Types one entry of `BuiltInGridAnswers`: a line, or a list's items and the empty line after them.
    private func type(_ entry: String, at terminal: PseudoTerminal) throws {
        for (offset, line) in entry.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            if offset > 0 { try terminal.expectPrompt() }
            terminal.sendLine(String(line))
        }
    }

    @Test("A straight-through interview of the built-in grid shows a progress mark that never goes back, with the time beside it")
    func progressNeverGoesBack() throws {
        defer { environment.remove() }
        let terminal = try environment.spawn(["new", "--case", "fjord"], columns: 120)
        let count = BuiltInGridAnswers.perQuestion.count
        for (index, entry) in BuiltInGridAnswers.perQuestion.enumerated() {
            try terminal.expectPrompt(after: "question \(index + 1) sur \(count)")
            try type(entry, at: terminal)
        }
        try terminal.expect("Entretien terminé : \(count) questions traitées sur \(count) (\(count) répondues · 0 passée")
        #expect(try terminal.expectExit() == 0)
        let marks = terminal.strippedText().components(separatedBy: "\n").filter { $0.contains(" sur \(count) · ") }
        #expect(marks.count == count)
        let percents = marks.compactMap { line in
            line.components(separatedBy: " · ").dropFirst(2).first.flatMap { Int($0.replacingOccurrences(of: " %", with: "")) }
        }
        #expect(percents.count == count)
        #expect(percents == percents.sorted(), "\(percents)")
        #expect(marks.allSatisfy { $0.hasSuffix(" min") || $0.hasSuffix(" min\r") }, "\(marks.prefix(3))")
    }

    @Test("After the last question a closing review lists what is skipped or don't know; /aller N and an answer, then an empty line ends")
    func closingReview() throws {
        defer { environment.remove() }
        let terminal = try environment.spawn(SmallGrid.newArguments(environment, caseID: "coop"))
        try terminal.answerTheName()
        terminal.sendLine("")
        try terminal.expectPrompt(after: "3. Financement solidaire?")
        terminal.sendLine("non")
        try terminal.expectPrompt(after: "5. Statut?")
        terminal.sendLine("/nsp")
        try terminal.expectPrompt(after: "6. Nombre d'employés?")
        terminal.sendLine("12")
        try terminal.expect("Avant de terminer, encore sans réponse :")
        try terminal.expect("  2. Principaux défis? — [passée]")
        try terminal.expect("  5. Statut? — [ne sait pas]")
        try terminal.expect("fin› ")
        terminal.sendLine("/aller 2")
        try terminal.expectPrompt(after: "2. Principaux défis?")
        terminal.sendLine("Relève")
        try terminal.expect("  2› ")
        terminal.sendLine("")
        try terminal.expect("  5. Statut? — [ne sait pas]")
        try terminal.expect("fin› ")
        terminal.sendLine("")
        try terminal.expect("Entretien terminé : 5 questions traitées sur 5 (4 répondues · 0 passée · 1 ne sait pas")
        try terminal.expect("ouverte). Merci!")
        #expect(try terminal.expectExit() == 0)
        let journal = try JournalFile(environment, "coop")
        #expect(journal.lastAnswer("defis") as? [String] == ["Relève"])
        #expect(journal.kinds.last == "complete")
    }

    @Test("Piped, the interview ends without a review prompt, and the end line gives the counts")
    func pipedEndGivesCounts() throws {
        defer { environment.remove() }
        let result = try environment.run(SmallGrid.newArguments(environment, caseID: "coop"), stdin: "Coop\n\nnon\n/nsp\n12\n")
        #expect(result.status == 0, "\(result.stderr)")
        #expect(!result.stdout.contains("fin› "))
        #expect(result.stderr.contains("Entretien terminé : 5 questions traitées sur 5 (3 répondues · 1 passée · 1 ne sait pas · 0 refus · 0 ouverte)"),
                "\(result.stderr)")
    }

    @Test("After /aide, /revoir or a declined /fin the current question is shown again")
    func questionShownAgain() throws {
        defer { environment.remove() }
        let terminal = try environment.spawn(SmallGrid.newArguments(environment, caseID: "coop"))
        try terminal.answerTheName()
        terminal.sendLine("")
        try terminal.expectPrompt(after: "3. Financement solidaire?")
        terminal.sendLine("/aide")
        try terminal.expect("/fin             terminer l'entretien")
        try terminal.expectPrompt(after: "3. Financement solidaire?")
        terminal.sendLine("/revoir")
        try terminal.expect("1 répondue · 1 passée · 0 ne sait pas · 0 refus · 3 ouvertes")
        try terminal.expectPrompt(after: "3. Financement solidaire?")
        terminal.sendLine("/fin")
        try terminal.expect("Terminer l'entretien? (o/n) ")
        terminal.sendLine("n")
        try terminal.expect("L'entretien continue.")
        try terminal.expectPrompt(after: "3. Financement solidaire?")
        terminal.sendLine("oui")
        try terminal.expectPrompt(after: "4. Si oui, lesquelles?")
        terminal.sendControl("d")
        #expect(try terminal.expectExit() == 0)
    }

    @Test("A /revoir longer than the screen goes through $PAGER, then the question comes back")
    func longReviewThroughPager() throws {
        defer { environment.remove() }
        let terminal = try environment.spawn(["new", "--case", "fjord"], environment: ["PAGER": "sed 's/^/PAGE:/'"], rows: 24)
        // With consent given, every question applies: a review of 61 lines on a screen of 24.
        for (index, entry) in BuiltInGridAnswers.perQuestion.prefix(5).enumerated() {
            try terminal.expectPrompt(after: "question \(index + 1) sur 61")
            try type(entry, at: terminal)
        }
        try terminal.expectPrompt(after: "question 6 sur 61")
        terminal.sendLine("/revoir")
        try terminal.expect("PAGE:  1. ")
        try terminal.expect("PAGE: 61. ")
        try terminal.expectPrompt(after: "question 6 sur 61")
        terminal.sendControl("d")
        #expect(try terminal.expectExit() == 0)
    }

    @Test("A /revoir that fits the screen is shown as it is, without the pager")
    func shortReviewWithoutPager() throws {
        defer { environment.remove() }
        let terminal = try environment.spawn(SmallGrid.newArguments(environment, caseID: "coop"), environment: ["PAGER": "sed 's/^/PAGE:/'"])
        try terminal.answerTheName()
        terminal.sendLine("/revoir")
        try terminal.expectPrompt(after: "1 répondue")
        terminal.sendControl("d")
        #expect(try terminal.expectExit() == 0)
        #expect(!terminal.output.contains("PAGE:"))
    }
}
