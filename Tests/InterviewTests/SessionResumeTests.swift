import Foundation
import Grid
@testable import Interview
import Testing

/// Pausing, signals, resuming, reopening a completed case, replaying a journal, and failed saves.
@Suite("Pause and resume")
struct SessionResumeTests {
    let loaded: LoadedGrid

    init() throws {
        loaded = try TestGrids.essai()
    }

    /// A case of `essai` with every question answered: completed, so that it reopens on its review.
    func completedCase() throws -> TemporaryCase {
        let temporary = TemporaryCase(grid: loaded)
        try interview(temporary, TestGrids.essaiAnswers)
        return temporary
    }

    // MARK: - Ctrl-D, Ctrl-C, signals

    @Test("Ctrl-D pauses: a pause event, outcome paused, and how to resume")
    func endOfInputPauses() throws {
        let temporary = TemporaryCase(grid: loaded)
        let run = try interview(temporary, lines("Coop") + [.endOfInput, .line("jamais lu")])
        #expect(run.outcome == .paused)
        #expect(try temporary.events().withoutSeconds == [.answer(question: "nom", value: .text("Coop"), seconds: 0), .pause])
        #expect(try temporary.replayed().lifecycle == .paused)
        #expect(run.output.all.contains("Entretien en pause. Pour reprendre : interview resume essai"))
        #expect(run.editor.remaining == 1)
    }

    @Test("the end of piped input pauses")
    func endOfPipedInputPauses() throws {
        let temporary = TemporaryCase(grid: loaded)
        let run = try interview(temporary, lines("Coop"), interactive: false)
        #expect(run.outcome == .paused)
        #expect(try temporary.events().last == .pause)
        #expect(run.output.stderr.contains("Entretien en pause."))
    }

    @Test("Ctrl-C cancels the line being typed and asks the same question again")
    func interruptCancelsLine() throws {
        let temporary = TemporaryCase(grid: loaded)
        let run = try interview(temporary, [.interrupted(partial: "abc")] + lines("Coop"))
        #expect(run.editor.prefills.prefix(2) == ["", ""])
        #expect(run.answers.first! == ("nom", .text("Coop")))
        #expect(run.newEvents.withoutSeconds == [.answer(question: "nom", value: .text("Coop"), seconds: 0), .pause],
                "no draft, and the pause only at the end of the script")
    }

    @Test("Ctrl-C while editing an answer drops the edit line, and the answer stays")
    func interruptWhileEditing() throws {
        let run = try interview(TemporaryCase(grid: loaded), essaiAnswers(before: 5) + lines("/retour") + [.interrupted(partial: "4")])
        #expect(run.state.responses["employes"]?.value == .number(40))
        #expect(run.editor.prefills.suffix(2) == ["40", ""])
    }

    @Test("Ctrl-C on an empty line pauses")
    func interruptOnEmptyLinePauses() throws {
        let temporary = TemporaryCase(grid: loaded)
        let run = try interview(temporary, [.interrupted(partial: "abc"), .interrupted(partial: ""), .line("jamais lu")])
        #expect(run.outcome == .paused)
        #expect(try temporary.events() == [.pause])
    }

    @Test("SIGTERM keeps the line being typed as a draft, then pauses, and a resumed session offers it")
    func terminatedKeepsDraft() throws {
        let temporary = TemporaryCase(grid: loaded)
        let run = try interview(temporary, [.terminated(signal: 15, partial: "mot")])
        #expect(run.outcome == .signalled(15))
        #expect(try temporary.events() == [.draft(question: "nom", items: [], line: "mot"), .pause])
        let resumed = try interview(temporary, lines("mot juste"))
        #expect(resumed.editor.prefills.first == "mot")
        #expect(resumed.newEvents.first == .resume)
        #expect(resumed.state.responses["nom"]?.value == .text("mot juste"))
        #expect(resumed.state.drafts["nom"] == nil)
    }

    @Test("SIGHUP on an empty line saves no draft, only the pause")
    func hangupOnEmptyLine() throws {
        let temporary = TemporaryCase(grid: loaded)
        let run = try interview(temporary, lines("Coop") + [.terminated(signal: 1, partial: "")])
        #expect(run.outcome == .signalled(1))
        #expect(try temporary.events().withoutSeconds == [.answer(question: "nom", value: .text("Coop"), seconds: 0), .pause])
    }

    @Test("piped input cut by SIGTERM in the middle of a line keeps it as a draft")
    func terminatedPiped() throws {
        let temporary = TemporaryCase(grid: loaded)
        let run = try interview(temporary, [.terminated(signal: 15, partial: "Coop")], interactive: false)
        #expect(run.outcome == .signalled(15))
        #expect(try temporary.events() == [.draft(question: "nom", items: [], line: "Coop"), .pause])
    }

    // MARK: - Resume

    @Test("resume shows a short status and continues at the first open question")
    func resumeContinues() throws {
        let temporary = TemporaryCase(grid: loaded)
        try interview(temporary, essaiAnswers(before: 5))
        let resumed = try interview(temporary, lines("2,5"))
        #expect(resumed.output.all.contains("Reprise du cas essai : 4 questions traitées sur 12 (4 répondues · 0 passée · 0 ne sait pas · 0 refus · 8 ouvertes)"))
        #expect(resumed.output.stdout.contains("5. Quelle superficie (hectares)?"))
        #expect(!resumed.output.stdout.contains("4. Combien"))
        #expect(resumed.newEvents.withoutSeconds == [.resume, .answer(question: "taille", value: .number(2.5), seconds: 0), .pause])
        #expect(try temporary.replayed().pauseCount == 2)
    }

    @Test("resume passes over skipped and special answers to the first question with nothing recorded")
    func resumePassesOverSkips() throws {
        let temporary = TemporaryCase(grid: loaded)
        try interview(temporary, lines("/passer", "", "/nsp"))
        let resumed = try interview(temporary, lines("2,5"))
        #expect(resumed.answers.first! == ("taille", .number(2.5)))
        #expect(resumed.output.all.contains("3 questions traitées sur 11 (0 répondue · 2 passées · 1 ne sait pas · 0 refus · 8 ouvertes)"))
    }

    @Test("a completed case reopens on its review; /aller edits; /fin closes it as completed")
    func reopenCompleted() throws {
        let temporary = TemporaryCase(grid: loaded)
        #expect(try interview(temporary, TestGrids.essaiAnswers).outcome == .completed)
        let resumed = try interview(temporary, lines("/aller 4", "41", "/fin"))
        #expect(resumed.editor.prompts.first?.contains("revue") == true)
        #expect(resumed.output.all.contains("Ce cas est terminé"))
        #expect(resumed.output.stdout.contains("  4. Combien d'employé·e·s? — 40\u{00A0}employé·e·s"))
        #expect(resumed.editor.prefills[1] == "40")
        #expect(resumed.editor.prompts[2].contains("revue"), "after the edit the review prompt comes back")
        #expect(resumed.outcome == .completed)
        #expect(resumed.newEvents.withoutSeconds == [.resume, .navigation(to: "employes"),
                                                     .answer(question: "employes", value: .number(41), seconds: 0), .complete])
        #expect(try temporary.replayed().lifecycle == .completed)
    }

    @Test("Ctrl-D at the review prompt closes the case, still completed")
    func reviewEndOfInput() throws {
        let temporary = try completedCase()
        let resumed = try interview(temporary, [.endOfInput])
        #expect(resumed.outcome == .completed)
        #expect(try temporary.replayed().lifecycle == .completed)
    }

    @Test("text typed at the review prompt that is no command says what to type")
    func reviewPromptText() throws {
        let temporary = try completedCase()
        let resumed = try interview(temporary, lines("bonjour", "/fin"))
        #expect(resumed.output.all.contains("Tapez /aller N pour modifier une réponse, /fin pour fermer."))
        #expect(resumed.outcome == .completed)
    }

    @Test("Ctrl-C with text typed at the review prompt cancels the line, and the review goes on")
    func reviewInterruptWithText() throws {
        let temporary = try completedCase()
        let resumed = try interview(temporary, [.interrupted(partial: "/aller 4")] + lines("/aller 4", "41", "/fin"))
        #expect(resumed.state.responses["employes"]?.value == .number(41))
        #expect(resumed.outcome == .completed)
    }

    @Test("a reopened case whose required question was cleared closes paused")
    func reviewWithMissingRequired() throws {
        let temporary = try completedCase()
        let resumed = try interview(temporary, lines("/aller 1", "/effacer", "/suivant", "/suivant") + [.endOfInput])
        #expect(resumed.outcome == .paused)
        #expect(try temporary.replayed().lifecycle == .paused)
    }

    @Test("Ctrl-D at a question opened from the review closes the case still completed")
    func reviewQuestionEndOfInput() throws {
        let temporary = try completedCase()
        let resumed = try interview(temporary, lines("/aller 4") + [.endOfInput])
        #expect(resumed.outcome == .completed)
        #expect(try temporary.replayed().lifecycle == .completed)
    }

    @Test("a paused case whose questions are all done completes when resumed")
    func resumeWithNothingOpen() throws {
        let temporary = TemporaryCase(grid: loaded)
        try interview(temporary, essaiAnswers(before: 13) + lines("/pause"))
        let resumed = try interview(temporary, lines("Fin"))
        #expect(resumed.outcome == .completed)
        #expect(resumed.answers.map(\.0) == ["commentaire"])
    }

    // MARK: - Replay

    func state(_ events: [JournalEvent]) -> SessionState {
        SessionState(grid: loaded.grid, replaying: events.enumerated().map { JournalEntry($1, at: Date(timeIntervalSince1970: Double($0))) })
    }

    @Test("in a replay the last event about a question wins")
    func lastEventWins() {
        let replayed = state([.answer(question: "nom", value: .text("A"), seconds: 2), .answer(question: "nom", value: .text("B"), seconds: 3),
                              .skip(question: "employes"), .special(question: "employes", .dontKnow, seconds: 1),
                              .special(question: "taille", .refused, seconds: 1), .answer(question: "taille", value: .number(2), seconds: 4)])
        #expect(replayed.responses["nom"]?.value == .text("B"))
        #expect(replayed.responses["nom"]?.seconds == 3)
        #expect(replayed.responses["nom"]?.at == Date(timeIntervalSince1970: 1))
        #expect(replayed.evaluate().status(of: "employes") == .dontKnow)
        #expect(replayed.evaluate().status(of: "taille") == .answered)
        #expect(replayed.secondsSpent == 8)
    }

    @Test("a clear reopens a question, and drops its draft")
    func clearReopens() {
        let replayed = state([.answer(question: "nom", value: .text("A"), seconds: 1), .draft(question: "nom", items: [], line: "A2"),
                              .clear(question: "nom")])
        #expect(replayed.responses["nom"] == nil)
        #expect(replayed.drafts["nom"] == nil)
        #expect(replayed.evaluate().status(of: "nom") == .unanswered)
        #expect(replayed.evaluate().nextOpen(from: 0) == 0)
    }

    @Test("skips and special answers have their own statuses; a required skip is still missing, a special answer is not")
    func skipVersusSpecial() {
        let skipped = state([.skip(question: "nom")]).evaluate()
        #expect(skipped.status(of: "nom") == .skipped)
        #expect(skipped.missingRequired.map(\.id) == ["nom"])
        let dontKnow = state([.special(question: "nom", .dontKnow, seconds: 0)]).evaluate()
        #expect(dontKnow.status(of: "nom") == .dontKnow)
        #expect(dontKnow.missingRequired.isEmpty)
        let refused = state([.special(question: "nom", .refused, seconds: 0)]).evaluate()
        #expect(refused.status(of: "nom") == .refused)
        #expect(state([]).evaluate().missingRequired.map(\.id) == ["nom"])
        #expect(!QuestionStatus.skipped.isOpen && !QuestionStatus.dontKnow.isOpen && QuestionStatus.unanswered.isOpen)
    }

    @Test("drafts are kept until an answer, skip or special answer replaces them; notes, quotes and lifecycle follow the journal")
    func draftsNotesLifecycle() {
        var replayed = state([.draft(question: "facteurs", items: ["A"], line: "B"), .note(question: "nom", text: "n"),
                              .quote(question: nil, text: "q"), .pause, .resume, .navigation(to: "nom")])
        #expect(replayed.drafts["facteurs"] == Draft(items: ["A"], line: "B"))
        #expect(replayed.notes.map(\.text) == ["n"])
        #expect(replayed.quotes.first?.question == nil)
        #expect(replayed.lifecycle == .inProgress)
        #expect(replayed.pauseCount == 1)
        replayed.apply(JournalEntry(.special(question: "facteurs", .refused, seconds: 0)))
        #expect(replayed.drafts["facteurs"] == nil)
        replayed.apply(JournalEntry(.complete))
        #expect(replayed.lifecycle == .completed)
        #expect(replayed.completedAt != nil)
        #expect(replayed.firstEventAt == Date(timeIntervalSince1970: 0))
    }

    @Test("control characters and emoji survive the journal unchanged")
    func controlCharactersSurviveTheJournal() throws {
        let temporary = TemporaryCase(grid: loaded)
        let text = "a\u{0}b\u{1B}[1m\u{7F}\u{85}c\t🍎👩🏽‍🌾 « é »\r\n"
        let writer = try temporary.create()
        try writer.append(JournalEntry(.answer(question: "nom", value: .text(text), seconds: 1)))
        try writer.append(JournalEntry(.note(question: "nom", text: text)))
        writer.close()
        let replayed = try temporary.replayed()
        #expect(replayed.responses["nom"]?.value == .text(text))
        #expect(replayed.notes.first?.text == text)
    }

    // MARK: - Failed saves

    @Test("a failed save on a terminal says so, offers the typed answer again, and records nothing")
    func failedSaveOnTerminal() {
        let sink = FailingJournalSink()
        let run = interview(loaded, lines("Coop"), sink: sink)
        #expect(run.editor.prefills == ["", "Coop"])
        #expect(run.runner.state.responses.isEmpty)
        #expect(run.output.stderr.contains(FailingJournalSink.path))
        #expect(run.output.stderr.contains("Rien n'est perdu : la réponse est gardée, appuyez sur Entrée pour réessayer."))
        #expect(run.outcome == .saveFailed(FailingJournalSink.error), "the pause cannot be saved either")
    }

    @Test("a save that fails once on a terminal succeeds when Enter is pressed again")
    func failedSaveRetried() {
        let sink = FailingJournalSink(failingAttempts: [1])
        let run = interview(loaded, lines("Coop", "Coop"), sink: sink)
        #expect(run.editor.prefills.prefix(2) == ["", "Coop"])
        #expect(run.runner.state.responses["nom"]?.value == .text("Coop"))
        #expect(sink.entries.first?.event.question == "nom")
        #expect(run.outcome == .paused)
    }

    @Test("a failed skip or special answer on a terminal keeps the question")
    func failedCommandSave() {
        let sink = FailingJournalSink(failingAttempts: [1, 2])
        let run = interview(loaded, lines("/nsp", "/passer", "Coop"), sink: sink)
        #expect(run.runner.state.responses["nom"]?.value == .text("Coop"))
        #expect(sink.entries.first?.event.question == "nom")
    }

    @Test("a failed /nsp on a terminal offers the command again, so Enter retries it rather than skipping")
    func failedSpecialAnswerRetried() {
        let before = essaiAnswers(before: 4)
        let sink = FailingJournalSink(failingAttempts: [6]) // nom, two drafts, facteurs, classement, then /nsp at employes
        // Enter on the pre-filled edit line gives back its text, as readline does.
        let run = interview(loaded, before + lines("/nsp", "/nsp"), sink: sink)
        #expect(run.output.stderr.contains("appuyez sur Entrée pour réessayer"))
        #expect(run.editor.prefills[before.count + 1] == "/nsp")
        #expect(run.runner.state.evaluate().status(of: "employes") == .dontKnow)
    }

    @Test("a failed /note on a terminal keeps the note's text in the edit line")
    func failedNoteRetried() {
        let sink = FailingJournalSink(failingAttempts: [1])
        let run = interview(loaded, lines("/note rappeler en mai"), sink: sink)
        #expect(run.editor.prefills[1] == "/note rappeler en mai")
    }

    @Test("a failed save with piped input stops the run with saveFailed")
    func failedSavePiped() {
        let sink = FailingJournalSink()
        let run = interview(loaded, lines("Coop", "jamais lu"), sink: sink, interactive: false)
        #expect(run.outcome == .saveFailed(FailingJournalSink.error))
        #expect(run.editor.remaining == 1)
        #expect(run.runner.state.responses.isEmpty)
        #expect(sink.attempts == 1)
    }
}
