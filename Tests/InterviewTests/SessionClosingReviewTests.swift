import Foundation
import Grid
@testable import Interview
import Testing

/// The end of an interview: what is left without an answer, and a last chance to go back to it.
@Suite("Session closing review")
struct SessionClosingReviewTests {
    let loaded: LoadedGrid

    init() throws {
        loaded = try TestGrids.essai()
    }

    /// Every answer of `essai` but `employes` (question 4) skipped and `part` (question 6) don't know.
    private var answersWithGaps: [LineInput] {
        var script = TestGrids.essaiAnswers
        script[5] = .line("")       // 4 employes: skipped
        script[7] = .line("/nsp")   // 6 part: don't know
        return script
    }

    @Test("after the last question a closing review lists by number and label what is skipped or don't know, and an empty line ends")
    func reviewListsGaps() throws {
        let temporary = TemporaryCase(grid: loaded)
        let run = try interview(temporary, answersWithGaps + lines(""))
        #expect(run.outcome == .completed)
        #expect(run.editor.prompts.last == "fin› ")
        let out = run.output.stdout
        #expect(out.contains("Avant de terminer, encore sans réponse :"))
        #expect(out.contains("  4. \(loaded.grid.questions[3].displayLabel) — [passée]"))
        #expect(out.contains("  6. \(loaded.grid.questions[5].displayLabel) — [ne sait pas]"))
        #expect(!out.contains("  5. \(loaded.grid.questions[4].displayLabel) — "))
        #expect(run.output.all.contains("Entretien terminé : 13 questions traitées sur 13 (11 répondues · 1 passée · 1 ne sait pas · 0 refus · 0 ouverte)"))
        #expect(try temporary.events().last == .complete)
    }

    @Test("at the closing review /aller N goes back to a question; once answered, the review comes back without it")
    func reviewGoesBack() throws {
        let temporary = TemporaryCase(grid: loaded)
        let run = try interview(temporary, answersWithGaps + lines("/aller 4", "12", ""))
        #expect(run.outcome == .completed)
        #expect(run.editor.prompts.filter { $0 == "fin› " }.count == 2)
        #expect(try temporary.replayed().responses["employes"]?.value == .number(12))
        let secondReview = run.output.stdout.components(separatedBy: "Avant de terminer").last ?? ""
        #expect(!secondReview.contains("— [passée]"))
        #expect(secondReview.contains("  6. "))
    }

    @Test("at the closing review Ctrl-D pauses, and text that is not a command says what to type")
    func reviewPausesOnCtrlD() throws {
        let temporary = TemporaryCase(grid: loaded)
        let run = try interview(temporary, answersWithGaps + lines("bonjour") + [.endOfInput])
        #expect(run.outcome == .paused)
        #expect(run.output.all.contains("/aller N pour y revenir ; Entrée sur une ligne vide termine l'entretien."))
        #expect(try temporary.events().last == .pause)
    }

    @Test("with nothing skipped or left open the interview ends at the last question, no review asked")
    func noReviewWhenComplete() throws {
        let run = try interview(TemporaryCase(grid: loaded), TestGrids.essaiAnswers)
        #expect(run.outcome == .completed)
        #expect(!run.editor.prompts.contains("fin› "))
    }

    @Test("piped, the interview ends without a review prompt, and the end line gives the counts")
    func pipedNoReview() throws {
        let run = try interview(TemporaryCase(grid: loaded), answersWithGaps, interactive: false)
        #expect(run.outcome == .completed)
        #expect(!run.editor.prompts.contains("fin› "))
        #expect(run.output.stderr.contains("(11 répondues · 1 passée · 1 ne sait pas · 0 refus · 0 ouverte)"))
    }

    @Test("a confirmed /fin leads to the closing review, which lists the questions still open")
    func finishLeadsToReview() throws {
        let run = try interview(TemporaryCase(grid: loaded), lines("Coop", "/fin", "o", ""))
        #expect(run.outcome == .completed)
        #expect(run.output.stdout.contains("  2. \(loaded.grid.questions[1].displayLabel) — [sans réponse]"))
        #expect(run.output.all.contains("1 répondue · 0 passée · 0 ne sait pas · 0 refus · 10 ouvertes"))
    }
}
