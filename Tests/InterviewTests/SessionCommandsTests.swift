import Foundation
import Grid
@testable import Interview
import Testing

/// In-session commands: skip, special answers, clear, notes, quotes, literal slashes, help, finish.
@Suite("Session commands")
struct SessionCommandsTests {
    let loaded: LoadedGrid

    init() throws {
        loaded = try TestGrids.essai()
    }

    @Test("commands are read in French and English, any case, with their argument", arguments: [
        ("/aide", SessionCommand.help), ("/help", .help), ("/?", .help), ("/retour", .back), ("/BACK", .back),
        ("/suivant", .next), ("/next", .next), ("/passer", .skip), ("/skip", .skip), ("/revoir", .review), ("/review", .review),
        ("/effacer", .clear), ("/clear", .clear), ("/nsp", .dontKnow), ("/dk", .dontKnow), ("/refus", .refuse),
        ("/refuse", .refuse), ("/pause", .pause), ("/fin", .finish), ("/finish", .finish), ("  /fin  ", .finish),
        ("/aller 3", .goTo("3")), ("/goto nom", .goTo("nom")), ("/aller", .goTo("")),
        ("/note rappeler en mai", .note("rappeler en mai")), ("/citation « On a tout fait »", .quote("« On a tout fait »")),
        ("/quote  x ", .quote("x")), ("/bidule", .unknown("bidule")), ("/", .unknown("")),
    ])
    func parse(typed: String, command: SessionCommand) {
        #expect(SessionCommand.parse(typed) == command)
    }

    @Test("lines that are answers are not commands, and // types a literal slash")
    func answersAreNotCommands() {
        #expect(SessionCommand.parse("Coop") == nil)
        #expect(SessionCommand.parse("//text") == nil)
        #expect(SessionCommand.parse("a/b") == nil)
        #expect(SessionCommand.literal("//text") == "/text")
        #expect(SessionCommand.literal("  //x") == "  /x")
        #expect(SessionCommand.literal("a//b") == "a//b")
    }

    @Test("/passer records a skip, /nsp and /refus record special answers, and the session moves on")
    func skipAndSpecials() throws {
        let temporary = TemporaryCase(grid: loaded)
        let run = try interview(temporary, lines("/passer", "/passer", "/nsp", "/refus", "/dk", "/skip", "/refuse"))
        let events = try temporary.events().withoutSeconds
        #expect(Array(events.prefix(7)) == [
            .skip(question: "nom"), .skip(question: "facteurs"),
            .special(question: "employes", .dontKnow, seconds: 0), .special(question: "taille", .refused, seconds: 0),
            .special(question: "part", .dontKnow, seconds: 0), .skip(question: "budget"),
            .special(question: "fondation", .refused, seconds: 0),
        ])
        let evaluation = run.state.evaluate()
        #expect(evaluation.status(of: "nom") == .skipped)
        #expect(evaluation.status(of: "employes") == .dontKnow)
        #expect(evaluation.status(of: "taille") == .refused)
        #expect(evaluation.status(of: "classement") == .notApplicable)
    }

    @Test("an empty line at a question that is not required records a skip")
    func emptyLineSkips() throws {
        let run = try interview(TemporaryCase(grid: loaded), essaiAnswers(before: 4) + lines(""))
        #expect(run.newEvents.contains(.skip(question: "employes")))
    }

    @Test("/effacer clears the answer and the question stays on screen, open")
    func clear() throws {
        let temporary = TemporaryCase(grid: loaded)
        let run = try interview(temporary, lines("Coop", "/retour", "/effacer"))
        #expect(run.editor.prefills == ["", "", "Coop", ""])
        #expect(try temporary.events().suffix(3) == [.navigation(to: "nom"), .clear(question: "nom"), .pause])
        #expect(run.state.responses["nom"] == nil)
        #expect(run.state.evaluate().status(of: "nom") == .unanswered)
        #expect(run.output.all.contains("Réponse effacée."))
    }

    @Test("a cleared question is answered again at the same prompt")
    func clearThenAnswer() throws {
        let temporary = TemporaryCase(grid: loaded)
        let run = try interview(temporary, lines("Coop", "/retour", "/effacer", "Coop 2"))
        #expect(run.state.responses["nom"]?.value == .text("Coop 2"))
        #expect(try temporary.events().answers.map(\.0) == ["nom", "nom"])
    }

    @Test("/note and /citation are journaled with the current question's id, and the question stays")
    func noteAndQuote() throws {
        let temporary = TemporaryCase(grid: loaded)
        let run = try interview(temporary, lines("/note rappeler en mai", "/citation « On a tout fait ensemble » 🍎", "Coop",
                                                 "/quote A", "/note"))
        let events = try temporary.events()
        #expect(Array(events.prefix(5)).withoutSeconds == [
            .note(question: "nom", text: "rappeler en mai"),
            .quote(question: "nom", text: "« On a tout fait ensemble » 🍎"),
            .answer(question: "nom", value: .text("Coop"), seconds: 0),
            .quote(question: "facteurs", text: "A"),
            .pause,
        ])
        #expect(run.state.notes.map(\.text) == ["rappeler en mai"])
        #expect(run.state.quotes.map(\.question) == ["nom", "facteurs"])
        #expect(run.output.all.contains("Note enregistrée."))
        #expect(run.output.all.contains("Citation enregistrée."))
        #expect(run.output.errorLines == ["Tapez le texte après la commande, par exemple /note rappeler en mai."])
    }

    @Test("// at the start answers with a literal slash")
    func literalSlash() throws {
        let run = try interview(TemporaryCase(grid: loaded), lines("//text"))
        #expect(run.answers.first! == ("nom", .text("/text")))
    }

    @Test("an unknown command gives an error and the question stays")
    func unknownCommand() throws {
        let run = try interview(TemporaryCase(grid: loaded), lines("/bidule", "Coop"))
        #expect(run.output.errorLines == ["Commande inconnue « /bidule » : /aide liste les commandes."])
        #expect(run.answers.first! == ("nom", .text("Coop")))
        #expect(run.editor.prompts[0] == run.editor.prompts[1])
    }

    @Test("with piped input an unknown command stops the run instead of taking the next line as the answer")
    func unknownCommandPiped() throws {
        let temporary = TemporaryCase(grid: loaded)
        let run = try interview(temporary, lines("Coop", "/pasr", "40"), interactive: false)
        guard case .invalidInput(2, "facteurs", let message) = run.outcome else {
            Issue.record("expected invalidInput at line 2 for facteurs, got \(run.outcome)")
            return
        }
        #expect(message == "Commande inconnue « /pasr » : /aide liste les commandes.")
        #expect(run.answers.map(\.0) == ["nom"])
        #expect(run.editor.remaining == 1)
    }

    @Test("an unknown command with control characters is shown safely")
    func unknownCommandSafe() throws {
        let run = try interview(TemporaryCase(grid: loaded), lines("/x\u{1B}[2J"))
        #expect(run.output.errorLines == ["Commande inconnue « /x^[[2j » : /aide liste les commandes."])
    }

    @Test("/aide lists the commands and /revoir every answer, and the question stays")
    func helpAndReview() throws {
        let run = try interview(TemporaryCase(grid: loaded), lines("Coop", "/passer", "/aide", "/revoir", "40"))
        let out = run.output.stdout
        #expect(out.contains("/retour          question précédente"))
        #expect(out.contains("  1. Quel est le nom de l'organisme? — Coop"))
        #expect(out.contains("  2. Quels sont les facteurs de succès? — [passée]"))
        #expect(out.contains("  4. Combien d'employé·e·s? — [sans réponse]"))
        #expect(!out.contains("  3. Lesquels"), "a question that does not apply is left out of the review")
        #expect(run.state.responses["employes"]?.value == .number(40))
    }

    @Test("/pause pauses the interview")
    func pause() throws {
        let temporary = TemporaryCase(grid: loaded)
        let run = try interview(temporary, lines("Coop", "/pause", "ignoré"))
        #expect(run.outcome == .paused)
        #expect(try temporary.events().last == .pause)
        #expect(run.editor.remaining == 1)
        #expect(run.output.all.contains("interview resume essai"))
    }

    @Test("/fin with a required question missing asks to confirm on a terminal: n goes on, o goes to the closing review, which an empty line ends")
    func finishConfirm() throws {
        let temporary = TemporaryCase(grid: loaded)
        let run = try interview(temporary, lines("/suivant", "/fin", "n", "/fin", "o", ""))
        #expect(run.outcome == .completed)
        #expect(run.editor.prompts.filter { $0 == "Terminer l'entretien? (o/n) " }.count == 2)
        #expect(run.output.all.contains("Questions obligatoires sans réponse : 1. Quel est le nom de l'organisme?."))
        #expect(run.output.all.contains("L'entretien continue."))
        #expect(try temporary.events() == [.navigation(to: "facteurs"), .complete])
        #expect(run.state.lifecycle == .completed)
    }

    @Test("/fin on a terminal goes on when the confirmation is anything but yes", arguments: [
        [LineInput.line("")], [.line("peut-être")], [.endOfInput], [.interrupted(partial: "")],
    ])
    func finishNotConfirmed(answer: [LineInput]) throws {
        let run = try interview(TemporaryCase(grid: loaded), lines("/fin") + answer + lines("Coop"))
        #expect(run.answers.first! == ("nom", .text("Coop")))
        #expect(!run.newEvents.contains(.complete))
    }

    @Test("/fin with piped input finishes without asking")
    func finishPiped() throws {
        let temporary = TemporaryCase(grid: loaded)
        let run = try interview(temporary, lines("/fin", "ignoré"), interactive: false)
        #expect(run.outcome == .completed)
        #expect(!run.editor.prompts.contains { $0.contains("Terminer") })
        #expect(run.editor.remaining == 1)
        #expect(try temporary.events() == [.complete])
        #expect(run.output.stderr.contains("Questions obligatoires sans réponse : 1."))
    }

    @Test("English commands work in an English session")
    func englishCommands() throws {
        let temporary = TemporaryCase(grid: loaded)
        let run = try interview(temporary, lines("Coop", "/back", "/next", "/skip", "/goto 1", "/clear", "/finish", "y", ""), language: .en)
        #expect(run.outcome == .completed)
        #expect(try temporary.events().withoutSeconds.dropFirst() == [
            .navigation(to: "nom"), .navigation(to: "facteurs"), .skip(question: "facteurs"), .navigation(to: "nom"),
            .clear(question: "nom"), .complete,
        ])
        #expect(run.editor.prompts.contains("Finish the interview? (y/n) "))
        #expect(run.output.all.contains("Answer cleared."))
    }
}
