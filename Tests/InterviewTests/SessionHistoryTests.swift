import Grid
@testable import Interview
import Testing

/// After a resume, Up and Ctrl-R reach this case's earlier answers, rebuilt from its journal.
@Suite("History after a resume")
struct SessionHistoryTests {
    let loaded: LoadedGrid

    init() throws {
        loaded = try TestGrids.essai()
    }

    @Test("a resumed session puts the case's typed answers in the history, oldest first")
    func resumeRebuildsHistory() throws {
        let temporary = TemporaryCase(grid: loaded)
        try interview(temporary, essaiAnswers(before: 6))
        let run = try interview(temporary, [])
        #expect(run.editor.history == ["Coop du Coin", "Bénévoles", "Local", "40", "1,5"])
    }

    @Test("a new session starts with no history")
    func newSessionHasNoHistory() throws {
        let run = try interview(TemporaryCase(grid: loaded), essaiAnswers(before: 3))
        #expect(run.editor.history.isEmpty)
    }

    @Test("an answer corrected later is in the history once, at its latest place")
    func correctedAnswerOnce() throws {
        let temporary = TemporaryCase(grid: loaded)
        try interview(temporary, lines("Coop", "Serre", "", "/aller 1", "Coop du Coin"))
        let run = try interview(temporary, [])
        #expect(run.editor.history == ["Serre", "Coop du Coin"])
    }
}
