import Foundation
import Grid
@testable import Interview
import Testing

/// Walking through a grid: in order, back, forward, to a question; and the navigation helpers.
@Suite("Session navigation")
struct SessionNavigationTests {
    let loaded: LoadedGrid

    init() throws {
        loaded = try TestGrids.essai()
    }

    /// Typical answers to a question of the default grid, every yes/no answered yes.
    static func typicalAnswer(to question: Question) -> [LineInput] {
        switch question.type {
        case .text: return lines("Réponse à \(question.id)")
        case .list: return lines("Élément de \(question.id)", "")
        case .integer: return lines("12")
        case .decimal: return lines("2,5")
        case .percent: return lines("40 %")
        case .money: return lines("250 000 $")
        case .year: return lines("1998")
        case .date: return lines("2021-07-01")
        case .choice: return lines("1")
        case .multichoice: return lines("1 2")
        case .yesno: return lines("oui")
        case .rank: return lines("1")
        case .email: return lines("info@exemple.org")
        case .phone: return lines("418-723-0355")
        case .url: return lines("https://exemple.org")
        }
    }

    // MARK: - In order

    @Test("answering every question in order journals one answer per question, then complete")
    func everyQuestionInOrder() throws {
        let temporary = TemporaryCase(grid: loaded)
        let run = try interview(temporary, TestGrids.essaiAnswers)
        #expect(run.outcome == .completed)
        let events = try temporary.events()
        #expect(events.answeredIDs == loaded.grid.questions.map(\.id))
        #expect(events.withoutSeconds == [.answer(question: "nom", value: .text("Coop du Coin"), seconds: 0),
                                          .draft(question: "facteurs", items: ["Bénévoles"], line: nil),
                                          .draft(question: "facteurs", items: ["Bénévoles", "Local"], line: nil)]
                + TestGrids.essaiValues.dropFirst().map { .answer(question: $0.0, value: $0.1, seconds: 0) } + [.complete])
        #expect(run.state.lifecycle == .completed)
        #expect(run.editor.remaining == 0)
        #expect(run.editor.reads.count == TestGrids.essaiAnswers.count)
        #expect(run.output.stdout.contains("Grille d'essai"))
        #expect(run.output.stdout.contains("Début · question 1 sur 13 · 0 % · < 1 min"))
        #expect(run.output.stdout.contains("Profil · question 13 sur 13 · "))
        #expect(run.output.all.contains("Entretien terminé : 13 questions traitées sur 13 (13 répondues · 0 passée · 0 ne sait pas · 0 refus · 0 ouverte). Merci!"))
    }

    @Test("the whole default grid can be answered in order, and ends completed")
    func wholeDefaultGrid() throws {
        let grid = try DefaultGrid.load()
        let script = grid.grid.questions.flatMap(Self.typicalAnswer)
        let temporary = TemporaryCase(grid: grid)
        let run = try interview(temporary, script)
        #expect(run.outcome == .completed)
        #expect(try temporary.events().answeredIDs == grid.grid.questions.map(\.id))
        #expect(try temporary.events().last == .complete)
        let evaluation = try temporary.replayed().evaluate()
        #expect(grid.grid.questions.allSatisfy { evaluation.status(of: $0.id) == .answered })
        #expect(run.editor.remaining == 0)
    }

    @Test("in the default grid, no consent at question 4, confirmed, ends the interview politely, every later question not applicable")
    func defaultGridWithoutConsent() throws {
        let grid = try DefaultGrid.load()
        #expect(grid.grid.questions[3].id == "consentement_entretien")
        let temporary = TemporaryCase(grid: grid)
        let run = try interview(temporary, lines("Coop du Coin", "Marie Tremblay", "Présidente", "non", "o"))
        #expect(run.outcome == .completed)
        #expect(run.editor.reads.count == 5)
        #expect(run.output.all.contains("Cette réponse met fin à l'entretien"))
        let evaluation = try temporary.replayed().evaluate()
        for question in grid.grid.questions.dropFirst(4) {
            #expect(evaluation.status(of: question.id) == .notApplicable, "\(question.id)")
        }
        #expect(try temporary.events().last == .complete)
        #expect(run.output.all.contains("Merci"))
        #expect(!run.output.stdout.contains(grid.grid.questions[4].text))
    }

    @Test("piped, no consent ends the interview without asking for a confirmation")
    func defaultGridWithoutConsentPiped() throws {
        let temporary = TemporaryCase(grid: try DefaultGrid.load())
        let run = try interview(temporary, lines("Coop du Coin", "Marie Tremblay", "Présidente", "non"), interactive: false)
        #expect(run.outcome == .completed)
        #expect(run.editor.reads.count == 4)
        #expect(!run.output.all.contains("Confirmer"))
    }

    @Test("answering no to the consent and then declining the confirmation keeps the interview going")
    func consentRefusalDeclined() throws {
        let temporary = TemporaryCase(grid: try DefaultGrid.load())
        let run = try interview(temporary, lines("Coop du Coin", "Marie Tremblay", "Présidente", "non", "n", "oui"))
        #expect(run.output.all.contains("L'entretien continue."))
        let after = try #require(run.output.all.components(separatedBy: "L'entretien continue.").last)
        #expect(after.contains("4. Acceptez-vous de participer"), "the question is shown again: \(after.prefix(300))")
        #expect(try temporary.replayed().responses["consentement_entretien"]?.value == .bool(true))
    }

    // MARK: - Back and forward

    @Test("/retour goes to the previous question with its answer in the edit line, and editing replaces it")
    func back() throws {
        let temporary = TemporaryCase(grid: loaded)
        let before = essaiAnswers(before: 5)
        let run = try interview(temporary, before + lines("/retour", "41 employé·e·s", "2,5"))
        #expect(run.editor.prefills[before.count + 1] == "40")
        let events = try temporary.events()
        #expect(events.contains(.navigation(to: "employes")))
        #expect(events.answers.filter { $0.0 == "employes" }.map(\.1) == [.number(40), .number(41)])
        #expect(run.state.responses["employes"]?.value == .number(41))
        #expect(try temporary.replayed().responses["employes"]?.value == .number(41))
        #expect(events.answeredIDs.suffix(2) == ["employes", "taille"], "the session goes on at question 5")
    }

    @Test("/retour skips questions that do not apply, and a rank comes back as its item numbers")
    func backSkipsNotApplicable() throws {
        let temporary = TemporaryCase(grid: loaded)
        let before = essaiAnswers(before: 4)
        let run = try interview(temporary, before + lines("/retour", "1"))
        #expect(run.editor.prefills[before.count + 1] == "2 1")
        #expect(run.state.responses["classement"]?.value == .list(["Bénévoles"]))
        let atNom = try interview(TemporaryCase(grid: loaded), lines("Coop", ""))
        #expect(atNom.state.evaluate().status(of: "classement") == .notApplicable)
        let back = try interview(TemporaryCase(grid: loaded), lines("Coop", "", "/retour"))
        #expect(back.newEvents.contains(.navigation(to: "facteurs")), "from question 4 back over the rank that does not apply")
    }

    @Test("/retour at the first question says so and stays")
    func backAtFirst() throws {
        let run = try interview(TemporaryCase(grid: loaded), lines("/retour", "Coop"))
        #expect(run.output.all.contains("C'est la première question."))
        #expect(run.answers.first! == ("nom", .text("Coop")))
        #expect(!run.newEvents.contains { if case .navigation = $0 { return true } else { return false } })
    }

    @Test("after an edit the session goes on at the first open question, not the one after the edited one")
    func afterEditFirstOpen() throws {
        let temporary = TemporaryCase(grid: loaded)
        let before = essaiAnswers(before: 7)
        let run = try interview(temporary, before + lines("/aller 4", "41", "5 000 $"))
        #expect(run.editor.prefills[before.count + 1] == "40")
        #expect(try temporary.events().answers.suffix(2).map(\.0) == ["employes", "budget"])
        #expect(run.state.responses["budget"]?.value == .number(5000))
    }

    @Test("/suivant moves forward one question, answered or not, with its answer in the edit line")
    func next() throws {
        let temporary = TemporaryCase(grid: loaded)
        let before = essaiAnswers(before: 7)
        let run = try interview(temporary, before + lines("/aller 4", "/suivant", "/suivant", "50 %", "5 000 $"))
        let n = before.count
        #expect(Array(run.editor.prefills[(n + 1)...(n + 4)]) == ["40", "1,5", "40", ""])
        let events = try temporary.events()
        #expect(events.filter { if case .navigation = $0 { return true } else { return false } }
                == [.navigation(to: "employes"), .navigation(to: "taille"), .navigation(to: "part")])
        #expect(events.answers.suffix(2).map(\.0) == ["part", "budget"])
        #expect(run.state.responses["part"]?.value == .number(50))
        #expect(run.state.responses["employes"]?.value == .number(40))
    }

    @Test("a question passed over with /suivant is asked again after the last one")
    func nextLeavesOpen() throws {
        let temporary = TemporaryCase(grid: loaded)
        let run = try interview(temporary, lines("/suivant") + TestGrids.essaiAnswers.dropFirst() + lines("Coop du Coin"))
        #expect(run.outcome == .completed)
        #expect(try temporary.events().answeredIDs.last == "nom")
    }

    @Test("/suivant at the last question says so and stays")
    func nextAtLast() throws {
        let run = try interview(TemporaryCase(grid: loaded), essaiAnswers(before: 13) + lines("/suivant", "Fin"))
        #expect(run.output.all.contains("C'est la dernière question"))
        #expect(run.outcome == .completed)
        #expect(run.answers.last! == ("commentaire", .text("Fin")))
    }

    // MARK: - Go to

    @Test("/aller takes a question's number or its id")
    func goTo() throws {
        let temporary = TemporaryCase(grid: loaded)
        let before = essaiAnswers(before: 5)
        let run = try interview(temporary, before + lines("/aller 3", "2", "/aller nom", "Coop du Village", "/goto 5", "3"))
        let n = before.count
        #expect(run.editor.prefills[n + 1] == "2 1")
        #expect(run.editor.prefills[n + 3] == "Coop du Coin")
        let events = try temporary.events()
        #expect(events.filter { if case .navigation = $0 { return true } else { return false } }
                == [.navigation(to: "classement"), .navigation(to: "nom"), .navigation(to: "taille")])
        #expect(run.state.responses["classement"]?.value == .list(["Local"]))
        #expect(run.state.responses["nom"]?.value == .text("Coop du Village"))
        #expect(run.state.responses["taille"]?.value == .number(3))
    }

    @Test("/aller to a question that does not apply, or that does not exist, is refused and the question stays")
    func goToRefused() throws {
        let run = try interview(TemporaryCase(grid: loaded), lines("/aller 12", "/aller sources", "/aller 3", "/aller 14", "/aller 0",
                                                                  "/aller inconnu", "/aller", "Coop"))
        let errors = run.output.errorLines
        #expect(errors.count == 7)
        #expect(errors[0] == "La question 12 ne s'applique pas selon les réponses données.")
        #expect(errors[1] == errors[0])
        #expect(errors[2] == "La question 3 ne s'applique pas selon les réponses données.")
        #expect(errors[3].contains("« 14 » n'est ni un numéro de 1 à 13"))
        #expect(errors[5].contains("« inconnu »"))
        #expect(!run.newEvents.contains { if case .navigation = $0 { return true } else { return false } })
        #expect(run.answers.first! == ("nom", .text("Coop")))
    }

    // MARK: - Navigation helpers

    func state(_ events: [JournalEvent]) -> SessionState {
        SessionState(grid: loaded.grid, replaying: events.map { JournalEntry($0) })
    }

    func answered(_ id: String, _ value: AnswerValue) -> JournalEvent {
        .answer(question: id, value: value, seconds: 1)
    }

    @Test("nextOpen finds the first open question at or after an index, wrapping around")
    func nextOpenWraps() {
        let values = TestGrids.essaiValues.filter { $0.0 != "nom" && $0.0 != "taille" }
        let evaluation = state(values.map { answered($0.0, $0.1) }).evaluate()
        #expect(evaluation.nextOpen(from: 0) == 0)
        #expect(evaluation.nextOpen(from: 1) == 4)
        #expect(evaluation.nextOpen(from: 5) == 0)
        #expect(evaluation.nextOpen(from: 99) == 0)
        let done = state(TestGrids.essaiValues.map { answered($0.0, $0.1) }).evaluate()
        #expect(done.nextOpen(from: 0) == nil)
    }

    @Test("nextOpen passes over skipped, special and not applicable questions")
    func nextOpenPassesOver() {
        let evaluation = state([.skip(question: "nom"), .special(question: "facteurs", .dontKnow, seconds: 0),
                                .special(question: "employes", .refused, seconds: 0)]).evaluate()
        #expect(evaluation.status(of: "classement") == .notApplicable)
        #expect(evaluation.nextOpen(from: 0) == 4)
    }

    @Test("nextRelevant and previousRelevant step over questions that do not apply")
    func relevantNeighbours() {
        let evaluation = state([answered("solidaire", .bool(false))]).evaluate()
        #expect(evaluation.nextRelevant(after: 10) == 12)
        #expect(evaluation.previousRelevant(before: 12) == 10)
        #expect(evaluation.previousRelevant(before: 3) == 1)
        #expect(evaluation.previousRelevant(before: 0) == nil)
        #expect(evaluation.nextRelevant(after: 12) == nil)
        #expect(evaluation.index(of: "sources") == 11)
    }

    @Test("progress counts questions done among those that apply")
    func progress() {
        let evaluation = state([answered("nom", .text("Coop")), .skip(question: "facteurs"),
                                .special(question: "employes", .dontKnow, seconds: 0),
                                .special(question: "taille", .refused, seconds: 0), answered("solidaire", .bool(false))]).evaluate()
        #expect(evaluation.progress.done == 5)
        #expect(evaluation.progress.relevant == 11)
        #expect(evaluation.count(.notApplicable) == 2)
        #expect(evaluation.count(.answered) == 2)
        #expect(evaluation.count(.skipped) == 1)
        #expect(state([]).evaluate().progress.done == 0)
    }
}
