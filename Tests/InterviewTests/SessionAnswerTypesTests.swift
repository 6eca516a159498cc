import Foundation
import Grid
@testable import Interview
import Testing

/// Typed answers through a session: journaled with their values, asked again or stopping a piped
/// run when invalid. `AnswerParser` itself is tested in `AnswerParserTests` (GridTests).
@Suite("Answer types in a session")
struct SessionAnswerTypesTests {
    let loaded: LoadedGrid

    init() throws {
        loaded = try TestGrids.essai()
    }

    @Test("every answer type typed at the prompt is journaled with its typed value")
    func typedValuesAreJournaled() throws {
        let temporary = TemporaryCase(grid: loaded)
        let run = try interview(temporary, TestGrids.essaiAnswers)
        #expect(run.outcome == .completed)
        #expect(run.answers.map(\.0) == TestGrids.essaiValues.map(\.0))
        #expect(run.answers.map(\.1) == TestGrids.essaiValues.map(\.1))
    }

    @Test("on a terminal an invalid number gets one error line and the same question again with the typed text")
    func invalidNumberOnTerminal() throws {
        let temporary = TemporaryCase(grid: loaded)
        let before = essaiAnswers(before: 4)
        let run = try interview(temporary, before + lines("quarante", "40"))
        let errors = run.output.errorLines
        #expect(errors.count == 1)
        #expect(errors.first?.contains("« quarante » n'est pas un nombre") == true)
        #expect(run.editor.prefills[before.count + 1] == "quarante")
        #expect(run.editor.prompts[before.count + 1] == run.editor.prompts[before.count])
        #expect(run.output.stdout.components(separatedBy: "4. Combien d'employé·e·s?").count == 2, "the question is not shown twice")
        #expect(run.answers.last! == ("employes", .number(40)))
        #expect(run.outcome == .paused)
    }

    @Test("on a terminal an ambiguous number in an English grid is asked again with the typed text, never read as another number")
    func ambiguousNumberOnTerminal() throws {
        let run = try interview(TemporaryCase(grid: try TestGrids.english()), lines("2,5", "1,5000", "2.5"), language: .en)
        #expect(run.output.errorLines == [
            "'2,5': ambiguous comma; type 2.5 or 25 (a comma only separates thousands, in groups of three digits: 1,500).",
            "'1,5000': ambiguous comma; type 1.5 or 15000 (a comma only separates thousands, in groups of three digits: 1,500).",
        ])
        #expect(run.editor.prefills.prefix(3) == ["", "2,5", "1,5000"])
        #expect(run.answers.map(\.1) == [.number(2.5)])
    }

    @Test("on a terminal an empty line at a required question asks it again")
    func requiredOnTerminal() throws {
        let run = try interview(TemporaryCase(grid: loaded), lines("", "  ", "Coop"))
        #expect(run.output.errorLines.count == 2)
        #expect(run.output.errorLines.allSatisfy { $0.contains("Cette question demande une réponse") })
        #expect(run.answers.first! == ("nom", .text("Coop")))
    }

    @Test("with piped input an invalid answer stops the run, naming the input line and the question, after saving what came before")
    func invalidNumberPiped() throws {
        let temporary = TemporaryCase(grid: loaded)
        let run = try interview(temporary, lines("Coop", "Bénévoles", "", "1", "quarante", "40"), interactive: false)
        guard case .invalidInput(let line, let id, let message) = run.outcome else {
            Issue.record("expected invalidInput, got \(run.outcome)")
            return
        }
        #expect(line == 5)
        #expect(id == "employes")
        #expect(message.contains("« quarante » n'est pas un nombre"))
        #expect(try temporary.events().answeredIDs == ["nom", "facteurs", "classement"])
        #expect(run.editor.remaining == 1)
        #expect(!(try temporary.events()).contains(.pause))
    }

    @Test("with piped input an empty line at a required question stops the run")
    func requiredPiped() throws {
        let run = try interview(TemporaryCase(grid: loaded), lines(""), interactive: false)
        guard case .invalidInput(1, "nom", _) = run.outcome else {
            Issue.record("expected invalidInput at line 1 for nom, got \(run.outcome)")
            return
        }
    }

    @Test("control characters and emoji are stored unchanged and never written back raw")
    func controlCharactersAndEmoji() throws {
        let temporary = TemporaryCase(grid: loaded)
        let typed = "\u{1B}[31mCoop\u{07} 🍎🏳️‍🌈 « bio »"
        let run = try interview(temporary, lines(typed, "/revoir"))
        #expect(try temporary.events().answers.first! == ("nom", .text(typed)))
        #expect(run.state.responses["nom"]?.value == .text(typed))
        let shown = run.output.stdout.replacingOccurrences(of: typed + "\n", with: "") // the scripted echo of the typed line
        #expect(!shown.contains("\u{1B}"))
        #expect(!shown.contains("\u{07}"))
        #expect(shown.contains("^[[31mCoop^G 🍎🏳️‍🌈 « bio »"))
    }

    @Test("decomposed accents are stored precomposed (NFC)")
    func nfc() throws {
        let temporary = TemporaryCase(grid: loaded)
        try interview(temporary, lines("E\u{0301}picerie", "Cafe\u{0301}", ""))
        let answers = try temporary.events().answers
        #expect(answers[0] == ("nom", .text("Épicerie")))
        #expect(answers[1] == ("facteurs", .list(["Café"])))
    }

    @Test("an English grid reads 1,500.5 as one thousand five hundred and a half")
    func englishSession() throws {
        let temporary = TemporaryCase(grid: try TestGrids.english())
        let run = try interview(temporary, lines("1,500.5"), language: .en)
        #expect(run.outcome == .completed)
        #expect(run.answers.first! == ("amount", .number(1500.5)))
        #expect(run.output.all.contains("Interview completed"))
    }
}
