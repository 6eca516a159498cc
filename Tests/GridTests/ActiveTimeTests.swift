import Foundation
@testable import Grid
import Testing

/// The interview's time without pauses: the same sum for the session's screen and the record.
@Suite("Active time")
struct ActiveTimeTests {
    private func at(_ seconds: Double) -> Date { Date(timeIntervalSince1970: seconds) }

    /// Started at 0; answered at 300; paused at 600; resumed at 1000; answered at 1300.
    private var entries: [JournalEntry] {
        [JournalEntry(.answer(question: "nom", value: .text("Coop"), seconds: 300), at: at(300)),
         JournalEntry(.pause, at: at(600)),
         JournalEntry(.resume, at: at(1000)),
         JournalEntry(.answer(question: "employes", value: .number(12), seconds: 300), at: at(1300))]
    }

    @Test("the time leaves out pauses: up to the last event for the record, up to now for the screen")
    func leavesOutPauses() {
        var time = ActiveTime(start: at(0))
        for entry in entries { time.add(entry) }
        #expect(time.seconds == 900)
        #expect(time.seconds(at: at(1380)) == 980)
        time.add(JournalEntry(.pause, at: at(1400)))
        #expect(time.seconds(at: at(5000)) == 1000, "paused, the clock stands still")
    }

    @Test("coding a case left in progress days later adds nothing to its interview time")
    func codingIsNotInterviewTime() {
        var time = ActiveTime(start: at(0))
        for entry in entries { time.add(entry) }
        let before = time.seconds
        let coding = Coding(target: .answer("nom"), start: 0, end: 4, text: "Coop", codes: ["ancrage"], coder: "Béa")
        time.add(JournalEntry(.code(coding), at: at(900_000)))
        #expect(time.seconds == before)
    }

    @Test("the session state keeps the same time as the case record's total seconds")
    func stateAgreesWithRecord() throws {
        let header = JournalHeader(caseID: "essai", grid: JournalFixture.grid, interviewer: nil, language: .fr,
                                   program: "tests", started: at(0))
        let journal = Journal(header: header, entries: entries, path: "essai.jsonl")
        let state = SessionState(grid: JournalFixture.grid.grid, started: header.startDate, replaying: entries)
        #expect(state.activeTime.seconds == CaseRecordBuilder.activeSeconds(journal))
        #expect(state.activeTime.seconds == 900)
    }
}
