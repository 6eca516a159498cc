import Foundation
import Testing

/// Numbers as people say them, typed at a real terminal: the words come back in the edit line,
/// the hint under a percent or money question names its unit, and an error's examples fit.
@Suite("Numbers as people say them, at the terminal", .serialized)
struct SpokenNumberAtTerminalTests {
    private let environment: TestEnvironment

    /// A percent and a money question without a unit, and a whole number.
    private static let grid = """
        grid: nombres
        version: 1
        language: fr
        title: "Nombres"
        sections:
          - id: s
            title: "Chiffres"
            questions:
              - id: part
                text: "Part des revenus commerciale?"
                type: percent
              - id: budget
                text: "Budget annuel?"
                type: money
              - id: membres
                text: "Nombre de membres?"
                type: integer
                unit: membres

        """

    init() throws {
        environment = try TestEnvironment()
        try SmallGrid.write(in: environment)
    }

    @Test("A number said with words is put back as typed in the edit line when its question comes back")
    func wordsComeBackInTheEditLine() throws {
        defer { environment.remove() }
        let terminal = try environment.spawn(SmallGrid.newArguments(environment, caseID: "coop"))
        try terminal.expectPrompt(after: "1. Nom de l'organisme?")
        terminal.sendLine("/aller 6")
        try terminal.expectPrompt(after: "6. Nombre d'employés?")
        terminal.sendLine("plus de 200")
        try terminal.expectPrompt(after: "1. Nom de l'organisme?")
        terminal.sendLine("/aller 6")
        try terminal.expect("6. Nombre d'employés?")
        let shown = try terminal.expectPrompt() + (try terminal.expect("plus de 200"))
        #expect(TerminalTranscript.screen(shown).hasSuffix("› plus de 200"), "\(TerminalTranscript.screen(shown))")
        terminal.ctrlA()
        terminal.send(.ctrlK)
        terminal.sendLine("6 employés")
        try terminal.expectPrompt(after: "1. Nom de l'organisme?")
        terminal.sendControl("d")
        #expect(try terminal.expectExit() == 0)
        let journal = try String(contentsOfFile: JournalFile.path(environment, "coop"), encoding: .utf8)
        let answers = journal.split(separator: "\n").filter { $0.contains(#""question":"employes""#) }
        #expect(answers.count == 2)
        #expect(answers.first?.contains(#""said":"plus de 200""#) == true)
        #expect(answers.last?.hasSuffix(#""value":6}"#) == true && answers.last?.contains("said") == false)
    }

    @Test("A percent question shows (%) under it and money ($); their errors give examples with the sign, a whole number's none with a decimal")
    func hintsAndExamplesFitTheType() throws {
        defer { environment.remove() }
        let path = environment.path("nombres.yaml")
        try Self.grid.write(toFile: path, atomically: true, encoding: .utf8)
        let terminal = try environment.spawn(["new", "--grid", path, "--case", "chiffres"])
        let percent = try terminal.expectPrompt(after: "1. Part des revenus commerciale?")
        #expect(TerminalTranscript.screen(percent).contains("   (%)"), "\(TerminalTranscript.screen(percent))")
        terminal.sendLine("beaucoup")
        try terminal.expect("« beaucoup » n'est pas un nombre : tapez par exemple 40 %, 12,5 % ou environ 30 %.")
        terminal.ctrlA()
        terminal.send(.ctrlK)
        terminal.sendLine("environ 40 %")
        let money = try terminal.expectPrompt(after: "2. Budget annuel?")
        #expect(TerminalTranscript.screen(money).contains("   ($)"), "\(TerminalTranscript.screen(money))")
        terminal.sendLine("1,5 million")
        try terminal.expectPrompt(after: "3. Nombre de membres?")
        terminal.sendLine("beaucoup")
        let error = try terminal.expect("plus de 200.")
        #expect(!error.contains("2,5"), "\(error)")
        terminal.ctrlA()
        terminal.send(.ctrlK)
        terminal.sendLine("2,5")
        try terminal.expect("« 2,5 » n'est pas un nombre entier")
        terminal.ctrlA()
        terminal.send(.ctrlK)
        terminal.sendLine("Plus de 200 Membres")
        try terminal.expect("Entretien terminé")
        #expect(try terminal.expectExit() == 0)

        let fiche = try environment.run(["export", "chiffres", "--format", "markdown"], timeout: 10)
        #expect(fiche.stdout.contains("environ 40 %"), "\(fiche.stdout)")
        // Money without a unit is shown with `$` after the number, escaped for Markdown.
        #expect(fiche.stdout.contains("\n1,5 million\u{A0}\\$\n"), "\(fiche.stdout)")
        #expect(fiche.stdout.contains("Plus de 200 Membres"), "\(fiche.stdout)")
    }
}
