import Foundation
import Grid
@testable import Interview
import Testing

/// Relevance (`when`) and piping (`rank` from a list), evaluated again after every change.
@Suite("Relevance and piping")
struct SessionRelevanceTests {
    let loaded: LoadedGrid

    init() throws {
        loaded = try TestGrids.essai()
    }

    func state(_ events: [JournalEvent]) -> SessionState {
        SessionState(grid: loaded.grid, replaying: events.map { JournalEntry($0) })
    }

    // MARK: - when

    @Test("answering no to the yes/no question makes its dependent question not applicable, and it is not asked")
    func noMakesDependentNotApplicable() throws {
        let temporary = TemporaryCase(grid: loaded)
        let run = try interview(temporary, essaiAnswers(before: 11) + lines("non", "Fin"))
        #expect(run.outcome == .completed)
        #expect(run.state.evaluate().status(of: "sources") == .notApplicable)
        #expect(try temporary.events().answeredIDs.suffix(2) == ["solidaire", "commentaire"])
        #expect(!run.output.stdout.contains("Si oui, lesquelles?"))
        #expect(run.output.all.contains("Entretien terminé : 12 questions traitées sur 12 (12 répondues · 0 passée · 0 ne sait pas · 0 refus · 0 ouverte). Merci!"))
    }

    @Test("changing the answer back to yes makes the dependent question asked")
    func backToYesAsks() throws {
        let temporary = TemporaryCase(grid: loaded)
        let before = essaiAnswers(before: 11)
        let run = try interview(temporary, before + lines("non", "/retour", "oui", "Caisse", "Fin"))
        #expect(run.editor.prefills[before.count + 2] == "non")
        #expect(run.outcome == .completed)
        #expect(try temporary.events().answeredIDs.suffix(4) == ["solidaire", "solidaire", "sources", "commentaire"])
        #expect(run.state.evaluate().status(of: "sources") == .answered)
        #expect(run.output.stdout.contains("12. Si oui, lesquelles?"))
    }

    @Test("an answer made not applicable stays in the journal, and counts again when the condition holds again")
    func notApplicableAnswerStays() throws {
        let temporary = TemporaryCase(grid: loaded)
        let before = essaiAnswers(before: 13)
        let run = try interview(temporary, before + lines("/retour", "/retour", "non"))
        let events = try temporary.events()
        #expect(events.answers.contains { $0 == ("sources", .text("Caisse d'économie")) })
        #expect(!events.contains(.clear(question: "sources")))
        let evaluation = run.state.evaluate()
        #expect(evaluation.status(of: "sources") == .notApplicable)
        #expect(evaluation.value(of: "sources") == nil)
        #expect(run.state.responses["sources"]?.value == .text("Caisse d'économie"))
        var again = try temporary.replayed()
        again.apply(JournalEntry(.answer(question: "solidaire", value: .bool(true), seconds: 1)))
        #expect(again.evaluate().status(of: "sources") == .answered)
    }

    @Test("a condition only sees answers that count: a dependent of a not applicable question does not apply either")
    func chainedRelevance() throws {
        let grid = try DefaultGrid.load().grid
        let consent = SessionState(grid: grid, replaying: [JournalEntry(.answer(question: "consentement_entretien", value: .bool(false), seconds: 0)),
                                                           JournalEntry(.answer(question: "financement_solidaire", value: .bool(true), seconds: 0))])
        let evaluation = consent.evaluate()
        #expect(evaluation.status(of: "financement_solidaire") == .notApplicable)
        #expect(evaluation.status(of: "financement_solidaire_sources") == .notApplicable)
    }

    @Test("an unanswered, skipped or special yes/no leaves its dependent not applicable")
    func unansweredCondition() {
        #expect(state([]).evaluate().status(of: "sources") == .notApplicable)
        #expect(state([.skip(question: "solidaire")]).evaluate().status(of: "sources") == .notApplicable)
        #expect(state([.special(question: "solidaire", .dontKnow, seconds: 0)]).evaluate().status(of: "sources") == .notApplicable)
        #expect(state([.answer(question: "solidaire", value: .bool(true), seconds: 0)]).evaluate().status(of: "sources") == .unanswered)
    }

    // MARK: - Piping

    @Test("a rank lists the items of its source list, and stores their texts")
    func rankItemsFromSource() throws {
        let run = try interview(TemporaryCase(grid: loaded), lines("Coop", "Bénévoles", "Local", "Serre", "", "3 1"))
        #expect(run.output.stdout.contains("   1. Bénévoles\n   2. Local\n   3. Serre\n"))
        #expect(run.output.stdout.contains("au plus 2"))
        #expect(run.state.evaluate().rankItems["classement"] == ["Bénévoles", "Local", "Serre"])
        #expect(run.state.responses["classement"]?.value == .list(["Serre", "Bénévoles"]))
    }

    @Test("an invalid rank on a terminal is asked again with the typed text")
    func invalidRankAskedAgain() throws {
        let run = try interview(TemporaryCase(grid: loaded), lines("Coop", "A", "B", "", "1 1", "1 2 2", "2 1"))
        #expect(run.output.errorLines.count == 2)
        #expect(run.output.errorLines[0] == "1 apparaît deux fois : chaque élément ne se classe qu'une fois.")
        #expect(Array(run.editor.prefills[4...6]) == ["", "1 1", "1 2 2"])
        #expect(run.state.responses["classement"]?.value == .list(["B", "A"]))
    }

    @Test("changing the source list so a ranked item disappears makes the rank unanswered, asked again")
    func sourceChangeReopensRank() throws {
        let temporary = TemporaryCase(grid: loaded)
        let before = essaiAnswers(before: 4)
        let run = try interview(temporary, before + lines("/aller 2", "Bénévoles", "", "Serre", "", "2 1", "40"))
        let n = before.count
        #expect(Array(run.editor.prefills[(n + 1)...(n + 5)]) == ["Bénévoles", "Local", "", "", "1"])
        let events = try temporary.events()
        #expect(events.answers.filter { $0.0 == "classement" }.map(\.1) == [.list(["Local", "Bénévoles"]), .list(["Serre", "Bénévoles"])])
        #expect(events.answeredIDs.suffix(3) == ["facteurs", "classement", "employes"])
        #expect(run.state.evaluate().status(of: "classement") == .answered)
    }

    @Test("a rank whose items all remain keeps its answer when the source list grows")
    func sourceGrowsKeepsRank() throws {
        let before = essaiAnswers(before: 4)
        let run = try interview(TemporaryCase(grid: loaded), before + lines("/aller 2", "Bénévoles", "Local", "Serre", "", "40"))
        #expect(run.state.evaluate().status(of: "classement") == .answered)
        #expect(run.state.evaluate().rankItems["classement"] == ["Bénévoles", "Local", "Serre"])
        #expect(run.newEvents.answeredIDs.suffix(2) == ["facteurs", "employes"])
    }

    @Test("a rank whose source has no items is not applicable, and is not asked")
    func rankWithoutItems() throws {
        let run = try interview(TemporaryCase(grid: loaded), lines("Coop", "", "40"))
        #expect(run.state.evaluate().status(of: "classement") == .notApplicable)
        #expect(!run.output.stdout.contains("Lesquels sont les plus importants?"))
        #expect(run.answers.map(\.0) == ["nom", "employes"])
        for source: JournalEvent in [.skip(question: "facteurs"), .special(question: "facteurs", .refused, seconds: 0),
                                     .answer(question: "facteurs", value: .list([]), seconds: 0)] {
            #expect(state([source]).evaluate().status(of: "classement") == .notApplicable)
        }
    }

    @Test("a ranked item's disappearance sends the rank back to unanswered in the evaluation")
    func evaluationOfRankAfterSourceChange() {
        let ranked = state([.answer(question: "facteurs", value: .list(["A", "B"]), seconds: 0),
                            .answer(question: "classement", value: .list(["B"]), seconds: 0),
                            .answer(question: "facteurs", value: .list(["A", "C"]), seconds: 0)])
        #expect(ranked.evaluate().status(of: "classement") == .unanswered)
        #expect(ranked.evaluate().value(of: "classement") == nil)
        #expect(ranked.evaluate().rankItems["classement"] == ["A", "C"])
    }
}
