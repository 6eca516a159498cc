import Foundation
import Grid
@testable import Interview
import Testing

/// Where am I: the progress mark, the time beside it, and one count of the questions everywhere.
@Suite("Session progress and counts")
struct SessionProgressTests {
    let loaded: LoadedGrid

    init() throws {
        loaded = try TestGrids.essai()
    }

    /// The percentages of the progress marks on screen, in order.
    private func percents(_ output: String) -> [Int] {
        output.split(separator: "\n").compactMap { line -> Int? in
            guard line.contains(" · question "), let marks = line.split(separator: "·").dropFirst(2).first else { return nil }
            return Int(marks.trimmingCharacters(in: .whitespaces).replacingOccurrences(of: " %", with: ""))
        }
    }

    @Test("the progress mark never goes back in a straight-through interview of the built-in grid, though consent makes sections relevant")
    func progressOnlyGrows() throws {
        let grid = try DefaultGrid.load()
        let script = grid.grid.questions.flatMap(SessionNavigationTests.typicalAnswer)
        let run = try interview(TemporaryCase(grid: grid), script)
        #expect(run.outcome == .completed)
        let seen = percents(run.output.stdout)
        #expect(seen.count == grid.grid.questions.count)
        #expect(seen == seen.sorted(), "\(seen)")
        #expect(seen.first == 0)
        #expect(seen.last == (grid.grid.questions.count - 1) * 100 / grid.grid.questions.count)
    }

    @Test("the progress mark gives the interview's time beside it, under a minute as < 1 min")
    func progressShowsTime() throws {
        let run = try interview(TemporaryCase(grid: loaded), essaiAnswers(before: 3))
        #expect(run.output.stdout.contains("Début · question 1 sur 13 · 0 % · < 1 min"))
        #expect(run.output.stdout.contains("Début · question 3 sur 13 · 15 % · < 1 min"))
    }

    @Test("the resume line, /revoir, the end line and list give the same counts, don't know included")
    func oneCountEverywhere() throws {
        let temporary = TemporaryCase(grid: loaded)
        // nom answered, facteurs skipped (classement then does not apply), employes don't know,
        // taille refused, part answered; sources does not apply until solidaire is yes.
        try interview(temporary, lines("Coop", "", "/nsp", "/refus", "40 %"))
        let counts = "2 répondues · 1 passée · 1 ne sait pas · 1 refus · 6 ouvertes"
        let resumed = try interview(temporary, lines("/revoir", "/pause"))
        #expect(resumed.output.all.contains("Reprise du cas essai : 5 questions traitées sur 11 (\(counts)), < 1 min d'entretien."))
        #expect(resumed.output.stdout.components(separatedBy: counts).count == 3, "the resume line and the /revoir tally")
        let summary = CaseSummary(journal: try temporary.journal(), state: try temporary.replayed(), gridVersion: 1)
        #expect(summary.counts == StatusTally(answered: 2, skipped: 1, dontKnow: 1, refused: 1, open: 6))
        #expect(summary.done == 5 && summary.relevant == 11)
        let table = CaseTable(summaries: [summary], language: .fr).text
        #expect(table.contains("avancement  répondues  passées  nsp  refus  ouvertes"), "\(table)")
        #expect(table.contains("5/11        2          1        1    1      6"), "\(table)")
        let finished = try interview(temporary, lines("/fin", "o", ""))
        #expect(finished.outcome == .completed)
        #expect(finished.output.all.contains("Entretien terminé : 5 questions traitées sur 11 (\(counts)). Merci!"))
    }

    @Test("the counts say each status once, plurals in French, and count no question that does not apply")
    func tallyOfStatuses() {
        let tally = StatusTally([.answered, .answered, .skipped, .dontKnow, .refused, .unanswered, .notApplicable])
        #expect(tally == StatusTally(answered: 2, skipped: 1, dontKnow: 1, refused: 1, open: 1))
        #expect(tally.done == 5 && tally.relevant == 6)
        #expect(SessionMessage.tally(tally).text(in: .fr) == "2 répondues · 1 passée · 1 ne sait pas · 1 refus · 1 ouverte")
        #expect(SessionMessage.tally(tally).text(in: .en) == "2 answered · 1 skipped · 1 don't know · 1 refused · 1 open")
    }
}
