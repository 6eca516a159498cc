import Grid
@testable import Interview
import Testing

/// `/notes` lists the question's notes and quotes; `/corriger` and `/retirer` change them as
/// journal events; `/repère` drops a marker for the recording.
@Suite("Notes, corrections and markers")
struct SessionNotesTests {
    let loaded: LoadedGrid

    init() throws {
        loaded = try TestGrids.essai()
    }

    @Test("the commands are read in French and English, with their number and text", arguments: [
        ("/notes", SessionCommand.notes), ("/corriger 2 rappeler en juin", .editNote(2, "rappeler en juin")),
        ("/edit 1  x ", .editNote(1, "x")), ("/corriger", .editNote(nil, "")), ("/corriger deux x", .editNote(nil, "x")),
        ("/retirer 2", .removeNote(2)), ("/remove x", .removeNote(nil)),
        ("/repère début de l'histoire", .mark("début de l'histoire")), ("/REPÈRE x", .mark("x")),
        ("/repere x", .mark("x")), ("/mark rire", .mark("rire")),
    ])
    func parse(typed: String, command: SessionCommand) {
        #expect(SessionCommand.parse(typed) == command)
    }

    @Test("/notes lists the current question's notes and quotes, numbered, and not those of other questions")
    func listsNotes() throws {
        let run = try interview(TemporaryCase(grid: loaded), lines(
            "/note ailleurs", "Coop", "/note rappeler en mai", "/citation « On a tout fait »", "/notes"))
        #expect(run.output.all.contains("  1. Note : rappeler en mai\n  2. Citation : « « On a tout fait » »\n"))
        #expect(!run.output.all.contains("1. Note : ailleurs"))
    }

    @Test("/notes at a question without notes says so")
    func noNotes() throws {
        let run = try interview(TemporaryCase(grid: loaded), lines("/notes"))
        #expect(run.output.all.contains("Aucune note ni citation à cette question."))
    }

    @Test("/corriger and /retirer are journaled, and replay gives the corrected notes")
    func correctAndRemove() throws {
        let temporary = TemporaryCase(grid: loaded)
        let run = try interview(temporary, lines(
            "/note rappeler en mai", "/citation On a tout fait", "/note troisième",
            "/corriger 1 rappeler en juin", "/retirer 2", "/notes"))
        let events = try temporary.events()
        #expect(events.contains(.noteEdit(question: "nom", index: 1, text: "rappeler en juin")))
        #expect(events.contains(.noteEdit(question: "nom", index: 2, text: nil)))
        #expect(run.state.annotations.map(\.text) == ["rappeler en juin", "troisième"])
        #expect(try temporary.replayed().annotations.map(\.text) == ["rappeler en juin", "troisième"])
        #expect(run.output.all.contains("Note 1 corrigée."))
        #expect(run.output.all.contains("Note 2 retirée."))
        #expect(run.output.all.contains("  1. Note : rappeler en juin\n  2. Note : troisième\n"))
    }

    @Test("a number that names no note is refused with the range, and nothing is journaled")
    func wrongNumber() throws {
        let temporary = TemporaryCase(grid: loaded)
        let run = try interview(temporary, lines("/retirer 1", "/note a", "/corriger 3 b", "/corriger x b", "/corriger 1"))
        #expect(!(try temporary.events()).contains { if case .noteEdit = $0 { return true } else { return false } })
        #expect(run.output.errorLines == [
            "Aucune note ni citation à cette question : rien à corriger ni à retirer.",
            "Tapez le numéro d'une note de 1 à 1, par exemple /corriger 1 nouveau texte ou /retirer 1 ; /notes les liste.",
            "Tapez le numéro d'une note de 1 à 1, par exemple /corriger 1 nouveau texte ou /retirer 1 ; /notes les liste.",
            "Tapez le texte après la commande, par exemple /note rappeler en mai.",
        ])
    }

    @Test("/repère journals a marker at the question on screen")
    func marker() throws {
        let temporary = TemporaryCase(grid: loaded)
        let run = try interview(temporary, lines("Coop", "/repère début de l'histoire", "/mark"))
        #expect(try temporary.events().contains(.mark(question: "facteurs", text: "début de l'histoire")))
        #expect(run.state.marks.map(\.text) == ["début de l'histoire"])
        #expect(run.output.all.contains("Repère enregistré."))
    }

    @Test("/aide lists the note and marker commands in both languages")
    func helpListsCommands() {
        #expect(SessionMessage.help.text(in: .fr).contains("/corriger N …"))
        #expect(SessionMessage.help.text(in: .fr).contains("/repère …"))
        #expect(SessionMessage.help.text(in: .en).contains("/remove N"))
        #expect(SessionMessage.help.text(in: .en).contains("/mark …"))
    }
}
