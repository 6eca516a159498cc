import Foundation
import Grid
@testable import Interview
import Testing

/// `list` questions: one item per line, journaled one by one, edited item by item.
@Suite("List answers")
struct SessionListTests {
    let loaded: LoadedGrid

    init() throws {
        loaded = try TestGrids.essai()
    }

    @Test("list items are journaled one by one as drafts, and an empty line ends the list")
    func draftsThenAnswer() throws {
        let temporary = TemporaryCase(grid: loaded)
        let run = try interview(temporary, lines("Coop", "Bénévoles", "  Local « circuit court » ", "Café 🍎", ""))
        let events = try temporary.events().withoutSeconds
        #expect(Array(events.prefix(5)) == [
            .answer(question: "nom", value: .text("Coop"), seconds: 0),
            .draft(question: "facteurs", items: ["Bénévoles"], line: nil),
            .draft(question: "facteurs", items: ["Bénévoles", "Local « circuit court »"], line: nil),
            .draft(question: "facteurs", items: ["Bénévoles", "Local « circuit court »", "Café 🍎"], line: nil),
            .answer(question: "facteurs", value: .list(["Bénévoles", "Local « circuit court »", "Café 🍎"]), seconds: 0),
        ])
        #expect(Array(run.editor.prompts[1...4]) == ["  1› ", "  2› ", "  3› ", "  4› "])
        #expect(run.state.drafts["facteurs"] == nil)
        #expect(run.output.stdout.contains("(un élément par ligne ; ligne vide pour terminer)"))
    }

    @Test("a list item is kept on disk before the next prompt")
    func itemOnDiskBeforeNextPrompt() throws {
        let temporary = TemporaryCase(grid: loaded)
        let run = try interview(temporary, lines("Coop", "Bénévoles"))
        #expect(run.outcome == .paused)
        let replayed = try temporary.replayed()
        #expect(replayed.drafts["facteurs"] == Draft(items: ["Bénévoles"], line: nil))
        #expect(replayed.evaluate().status(of: "facteurs") == .unanswered)
    }

    @Test("an empty first line skips a list that is not required")
    func emptyFirstLineSkips() throws {
        let temporary = TemporaryCase(grid: loaded)
        let run = try interview(temporary, lines("Coop", "", "40"))
        let events = try temporary.events().withoutSeconds
        #expect(Array(events.prefix(3)) == [.answer(question: "nom", value: .text("Coop"), seconds: 0), .skip(question: "facteurs"),
                                            .answer(question: "employes", value: .number(40), seconds: 0)])
        #expect(run.state.evaluate().status(of: "facteurs") == .skipped)
    }

    @Test("a required list is asked again after an empty first line")
    func requiredListAskedAgain() throws {
        let temporary = TemporaryCase(grid: try TestGrids.requiredList())
        let run = try interview(temporary, lines("", "Argent", "", "Suite"))
        #expect(run.output.errorLines.count == 1)
        #expect(run.output.errorLines.first?.contains("Cette question demande une réponse") == true)
        #expect(run.editor.prompts[0] == "  1› ")
        #expect(run.editor.prompts[1] == "  1› ")
        #expect(try temporary.events().withoutSeconds == [
            .draft(question: "defis", items: ["Argent"], line: nil),
            .answer(question: "defis", value: .list(["Argent"]), seconds: 0),
            .answer(question: "suite", value: .text("Suite"), seconds: 0), .complete,
        ])
    }

    @Test("with piped input an empty first line at a required list stops the run at that line")
    func requiredListPiped() throws {
        let run = try interview(TemporaryCase(grid: try TestGrids.requiredList()), lines(""), interactive: false)
        guard case .invalidInput(1, "defis", _) = run.outcome else {
            Issue.record("expected invalidInput at line 1 for defis, got \(run.outcome)")
            return
        }
    }

    @Test("/passer skips a required list on purpose")
    func requiredListSkippedOnPurpose() throws {
        let temporary = TemporaryCase(grid: try TestGrids.requiredList())
        let run = try interview(temporary, lines("/passer", "Suite", ""))
        #expect(run.outcome == .completed)
        #expect(try temporary.events().first == .skip(question: "defis"))
        #expect(run.state.evaluate().missingRequired.map(\.id) == ["defis"])
    }

    @Test("editing a list offers its items one by one: Enter keeps, an emptied line removes, a changed line replaces, new items follow")
    func editingAList() throws {
        let temporary = TemporaryCase(grid: loaded)
        let start = lines("Coop", "A", "B", "C", "D", "")
        let run = try interview(temporary, start + lines("/retour", "A", "", "C bis", "D", "E", ""))
        let n = start.count
        #expect(Array(run.editor.prefills[(n + 1)...(n + 6)]) == ["A", "B", "C", "D", "", ""])
        let events = try temporary.events()
        let editing = Array(events.drop { $0 != .navigation(to: "facteurs") }.dropFirst())
        #expect(Array(editing.withoutSeconds.prefix(6)) == [
            .draft(question: "facteurs", items: ["A", "B", "C", "D"], line: nil),
            .draft(question: "facteurs", items: ["A", "C", "D"], line: nil),
            .draft(question: "facteurs", items: ["A", "C bis", "D"], line: nil),
            .draft(question: "facteurs", items: ["A", "C bis", "D"], line: nil),
            .draft(question: "facteurs", items: ["A", "C bis", "D", "E"], line: nil),
            .answer(question: "facteurs", value: .list(["A", "C bis", "D", "E"]), seconds: 0),
        ])
        #expect(run.state.responses["facteurs"]?.value == .list(["A", "C bis", "D", "E"]))
        #expect(run.output.stdout.contains("Réponse actuelle : A ; B ; C ; D"))
    }

    @Test("emptying every item of a list when editing leaves it skipped")
    func emptyingEveryItem() throws {
        let temporary = TemporaryCase(grid: loaded)
        let run = try interview(temporary, lines("Coop", "A", "B", "", "/retour", "", "", ""))
        #expect(run.state.evaluate().status(of: "facteurs") == .skipped)
        #expect(run.state.evaluate().status(of: "classement") == .notApplicable)
    }

    @Test("with piped input, going back to a list keeps its items and adds the lines that follow")
    func pipedEditingAppends() throws {
        let temporary = TemporaryCase(grid: loaded)
        let run = try interview(temporary, lines("Coop", "A", "B", "", "/retour", "C", ""), interactive: false)
        #expect(run.editor.prefills.allSatisfy { $0.isEmpty })
        #expect(run.state.responses["facteurs"]?.value == .list(["A", "B", "C"]))
    }

    @Test("/effacer in the middle of a list drops the items typed so far")
    func clearInList() throws {
        let temporary = TemporaryCase(grid: loaded)
        let run = try interview(temporary, lines("Coop", "A", "/effacer", "B", ""))
        let events = try temporary.events()
        #expect(events.contains(.clear(question: "facteurs")))
        #expect(run.state.responses["facteurs"]?.value == .list(["B"]))
    }

    @Test("//text in a list adds an item that starts with a slash")
    func literalSlashItem() throws {
        let run = try interview(TemporaryCase(grid: loaded), lines("Coop", "//24 h/7 j", ""))
        #expect(run.state.responses["facteurs"]?.value == .list(["/24 h/7 j"]))
    }

    @Test("Ctrl-C on an item being edited cancels the change and offers the item again")
    func interruptWhileEditingItem() throws {
        let temporary = TemporaryCase(grid: loaded)
        let start = lines("Coop", "A", "B", "")
        let script = start + lines("/retour") + [.interrupted(partial: "A modifié")] + lines("A", "B", "")
        let run = try interview(temporary, script)
        let n = start.count
        #expect(Array(run.editor.prefills[(n + 1)...(n + 3)]) == ["A", "A", "B"])
        #expect(run.state.responses["facteurs"]?.value == .list(["A", "B"]))
        #expect(run.outcome == .paused)
    }

    @Test("Ctrl-C on an empty item line pauses, the items typed so far kept as a draft")
    func interruptOnEmptyItemPauses() throws {
        let temporary = TemporaryCase(grid: loaded)
        let run = try interview(temporary, lines("Coop", "A") + [.interrupted(partial: "")])
        #expect(run.outcome == .paused)
        #expect(try temporary.events().suffix(2) == [.draft(question: "facteurs", items: ["A"], line: nil), .pause])
    }

    @Test("SIGTERM in a list keeps the items and the line being typed as a draft")
    func terminatedInList() throws {
        let temporary = TemporaryCase(grid: loaded)
        let run = try interview(temporary, lines("Coop", "A") + [.terminated(signal: 15, partial: "B en cours")])
        #expect(run.outcome == .signalled(15))
        #expect(try temporary.events().suffix(2) == [.draft(question: "facteurs", items: ["A"], line: "B en cours"), .pause])
    }

    @Test("a resumed list offers the draft items, then the line that was being typed")
    func resumedListOffersDraftLine() throws {
        let temporary = TemporaryCase(grid: loaded)
        try interview(temporary, lines("Coop", "A") + [.terminated(signal: 15, partial: "B en cours")])
        let resumed = try interview(temporary, lines("A", "B en cours", ""))
        #expect(Array(resumed.editor.prefills.prefix(2)) == ["A", "B en cours"])
        #expect(resumed.state.responses["facteurs"]?.value == .list(["A", "B en cours"]))
    }

    @Test("a resumed list whose draft has only a line offers that line")
    func resumedListWithLineOnly() throws {
        let temporary = TemporaryCase(grid: loaded)
        try interview(temporary, lines("Coop") + [.terminated(signal: 1, partial: "Bénévoles")])
        #expect(try temporary.events().suffix(2) == [.draft(question: "facteurs", items: [], line: "Bénévoles"), .pause])
        let resumed = try interview(temporary, lines("Bénévoles", ""))
        #expect(resumed.editor.prefills.first == "Bénévoles")
        #expect(resumed.state.responses["facteurs"]?.value == .list(["Bénévoles"]))
    }

    @Test("a failed save of an item on a terminal keeps the typed item in the edit line")
    func failedItemSave() throws {
        let sink = FailingJournalSink(failingAttempts: [1, 3])
        let run = interview(loaded, lines("Coop", "Coop", "Bénévoles", "Bénévoles", ""), sink: sink)
        #expect(Array(run.editor.prefills.prefix(5)) == ["", "Coop", "", "Bénévoles", ""])
        #expect(run.runner.state.responses["facteurs"]?.value == .list(["Bénévoles"]))
        #expect(Array(sink.entries.map(\.event).withoutSeconds.prefix(3)) == [
            .answer(question: "nom", value: .text("Coop"), seconds: 0),
            .draft(question: "facteurs", items: ["Bénévoles"], line: nil),
            .answer(question: "facteurs", value: .list(["Bénévoles"]), seconds: 0),
        ])
    }
}
