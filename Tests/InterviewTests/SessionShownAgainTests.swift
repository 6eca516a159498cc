import Foundation
import Grid
@testable import Interview
import Testing

/// After a command that fills the screen, the question comes back; `/aller N` comes back to the gaps.
@Suite("Session question shown again")
struct SessionShownAgainTests {
    let loaded: LoadedGrid

    init() throws {
        loaded = try TestGrids.essai()
    }

    /// The header line of question 3 (the review lists it as `  3. …`, indented).
    private let question3 = "\n3. Lesquels sont les plus importants?"

    @Test("after /revoir, /aide or a declined /fin the current question is shown again", arguments: [
        lines("/revoir"), lines("/aide"), lines("/fin", "n"),
    ])
    func questionShownAgain(command: [LineInput]) throws {
        let run = try interview(TemporaryCase(grid: loaded), essaiAnswers(before: 3) + command + lines("/pause"))
        let out = run.output.stdout
        #expect(out.components(separatedBy: question3).count == 3, "\(out)")
        let afterCommand = out.components(separatedBy: question3).last ?? ""
        #expect(afterCommand.contains("   1. Bénévoles"), "the choices come back too")
    }

    @Test("a list shown again part-way shows the items typed so far under it", arguments: [lines("/revoir"), lines("/aide")])
    func listShownAgainWithItems(command: [LineInput]) throws {
        let run = try interview(TemporaryCase(grid: loaded), lines("Coop", "Bénévoles « motivé·e·s »") + command + lines("Local", "", "/pause"))
        let afterCommand = run.output.stdout.components(separatedBy: "\n2. ").last ?? ""
        #expect(afterCommand.contains("  1› Bénévoles « motivé·e·s »"), "\(afterCommand.prefix(400))")
        #expect(try #require(run.state.responses["facteurs"]?.value) == .list(["Bénévoles « motivé·e·s »", "Local"]))
    }

    @Test("after /aller N and an answer the session goes to the first open question, not onward from N")
    func gotoReturnsToFirstOpen() throws {
        let temporary = TemporaryCase(grid: loaded)
        let run = try interview(temporary, lines("/aller 5", "2,5", "Coop"))
        #expect(run.answers.map(\.0) == ["taille", "nom"])
        #expect(run.editor.reads.count == 4)
    }

    @Test("after /suivant and an answer the session goes on from there, as before")
    func nextGoesOn() throws {
        let run = try interview(TemporaryCase(grid: loaded), lines("/suivant", "Bénévoles", "", "1", "12"))
        #expect(run.answers.map(\.0) == ["facteurs", "classement", "employes"])
    }

    @Test("a /revoir longer than the screen is shown page by page on a terminal when no pager runs; q stops it")
    func reviewPaged() throws {
        let run = try interview(TemporaryCase(grid: loaded), TestGrids.essaiAnswers.prefix(3) + lines("/revoir", "", "q", "/pause"),
                                pager: .pages(rows: 5))
        #expect(run.editor.prompts.filter { $0 == "-- suite : Entrée ; q pour arrêter -- " }.count == 2)
        #expect(run.output.stdout.contains("  4. "))
        #expect(!run.output.stdout.contains(" 13. "), "stopped by q before the last page")
    }

    @Test("a /revoir that fits the screen, or any /revoir without a pager, is shown at once")
    func reviewFits() throws {
        let run = try interview(TemporaryCase(grid: loaded), lines("/revoir", "/pause"), pager: .pages(rows: 40))
        #expect(!run.editor.prompts.contains { $0.hasPrefix("-- suite") })
        #expect(run.output.stdout.contains(" 13. "))
    }
}
