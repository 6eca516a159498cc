import Foundation
import Testing
@testable import Grid

/// Time marks for the recording: each answer's time on the interview's clock (pauses left out)
/// and the markers dropped with `/repère`, in the record and in the fiche `--with-times`.
@Suite("Times and markers in the record")
struct RecordTimesTests {
    static let gridText = """
        grid: temps
        version: 1
        language: fr
        title: Temps
        sections:
          - id: s
            title: Section
            questions:
              - {id: nom, text: "Nom?", type: text, label: Nom}
              - {id: mission, text: "Mission?", type: text, label: Mission}
              - {id: aga, text: "AGA?", type: yesno, label: AGA}
              - {id: courriel, text: "Courriel?", type: email, personal: true}
        """

    /// A journal whose events happen at these seconds after the start.
    static func record(_ events: [(Double, JournalEvent)], anonymise: Bool = false, keepNotes: Bool = false) throws -> (CaseRecord, Grid) {
        let loaded = try GridLoader.load(text: gridText, file: "temps.yaml")
        let start = Date(timeIntervalSince1970: 1_790_000_000)
        let header = JournalHeader(caseID: "coop", uuid: UUID(uuid: (1, 2, 3, 4, 5, 6, 0x40, 8, 0x80, 10, 11, 12, 13, 14, 15, 16)),
                                   grid: loaded, interviewer: "Zoé", language: .fr, program: "interview test", started: start)
        let entries = events.map { JournalEntry($1, at: start.addingTimeInterval($0)) }
        let journal = Journal(header: header, entries: entries, path: "coop.jsonl")
        return (CaseRecordBuilder(anonymise: anonymise, keepNotes: keepNotes).record(journal: journal, grid: loaded), loaded.grid)
    }

    /// Question 1 answered after 65 s on it at 1:05, a pause of an hour, question 2 shown 10 s
    /// after the resume and answered 3725 s later; a marker before the pause and one after.
    static let events: [(Double, JournalEvent)] = [
        (30, .mark(question: "nom", text: "début « histoire »")),
        (65, .answer(question: "nom", value: .text("Coop"), seconds: 65)),
        (70, .pause),
        (3670, .resume),
        (3680, .mark(question: nil, text: "rire")),
        (7405, .answer(question: "mission", value: .text("Nourrir"), seconds: 3725)),
        (7410, .skip(question: "aga")),
    ]

    @Test("each counted answer carries when its question was put on screen, on the clock without pauses")
    func answerOffsets() throws {
        let (record, _) = try Self.record(Self.events)
        #expect(record.question("nom")?.offset == "00:00:00")
        #expect(record.question("mission")?.offset == "00:01:20", "70 s before the pause, then 3735 s after the resume, less the 3725 s on it")
        #expect(record.question("aga")?.offset == "01:03:30")
        #expect(record.question("courriel")?.offset == nil, "unanswered")
    }

    @Test("a cleared answer has no offset, and an answer given again has the new one")
    func clearedAndAgain() throws {
        let (cleared, _) = try Self.record([(20, .answer(question: "nom", value: .text("A"), seconds: 5)), (30, .clear(question: "nom"))])
        #expect(cleared.question("nom")?.offset == nil)
        let (again, _) = try Self.record([(20, .answer(question: "nom", value: .text("A"), seconds: 5)),
                                          (4000, .answer(question: "nom", value: .text("B"), seconds: 1))])
        #expect(again.question("nom")?.offset == "01:06:39")
    }

    @Test("markers are listed in the record with their offsets, and their JSON is in key order")
    func marks() throws {
        let (record, _) = try Self.record(Self.events)
        #expect(record.marks == [
            RecordMark(text: "début « histoire »", at: "2026-09-21T14:13:50.000Z", offset: "00:00:30", question: "nom"),
            RecordMark(text: "rire", at: "2026-09-21T15:14:40.000Z", offset: "00:01:20"),
        ])
        let json = record.jsonText(pretty: false)
        #expect(json.contains(#""marks":[{"at":"2026-09-21T14:13:50.000Z","offset":"00:00:30","question":"nom","text":"début « histoire »"}"#))
        #expect(json.contains(#""number":1,"offset":"00:00:00","personal":false"#))
    }

    @Test("anonymised, markers go with the notes: left out, or kept with --keep-notes except at personal questions")
    func anonymisedMarks() throws {
        let events = Self.events + [(7420, .mark(question: "courriel", text: "adresse de Zoé"))]
        #expect(try Self.record(events, anonymise: true).0.marks.isEmpty)
        #expect(try Self.record(events, anonymise: true, keepNotes: true).0.marks.map(\.text) == ["début « histoire »", "rire"])
    }

    @Test("a note corrected or removed by note_edit reaches the record corrected or not at all")
    func noteEdits() throws {
        let (record, _) = try Self.record([
            (1, .note(question: "nom", text: "à vérifier")), (2, .quote(question: "nom", text: "On a tout fait")),
            (3, .note(question: "nom", text: "troisième")), (4, .note(question: nil, text: "hors question")),
            (5, .noteEdit(question: "nom", index: 1, text: "vérifié")), (6, .noteEdit(question: "nom", index: 2, text: nil)),
            (7, .noteEdit(question: "nom", index: 9, text: "rien")), (8, .noteEdit(question: nil, index: 1, text: "hors question, corrigé")),
        ])
        #expect(record.question("nom")?.notes.map(\.text) == ["vérifié", "troisième"])
        #expect(record.question("nom")?.quotes.isEmpty == true)
        #expect(record.notes.map(\.text) == ["hors question, corrigé"])
    }

    @Test("the fiche --with-times shows each answer's time under it and lists the markers; without it nothing changes")
    func ficheWithTimes() throws {
        let (record, grid) = try Self.record(Self.events)
        let timed = FicheRenderer(grid: grid, language: .fr, withTimes: true).render(record)
        #expect(timed.contains("### Nom\n\nCoop\n\n*00:00:00*\n\n### Mission\n\nNourrir\n\n*00:01:20*\n"))
        #expect(timed.hasSuffix("## Repères de l'enregistrement\n\n- 00:00:30 — début « histoire » (Nom)\n- 00:01:20 — rire\n"))
        let plain = FicheRenderer(grid: grid, language: .fr).render(record)
        #expect(!plain.contains("00:00") && !plain.contains("Repères"))
        #expect(FicheRenderer(grid: grid, language: .en, withTimes: true).render(record).contains("## Recording markers\n"))
    }

    @Test("the clock reads HH:MM:SS, rounded down, past 99 hours if need be")
    func clockText() {
        #expect(InterviewClock.text(0) == "00:00:00")
        #expect(InterviewClock.text(3599.9) == "00:59:59")
        #expect(InterviewClock.text(360_000) == "100:00:00")
        #expect(InterviewClock.text(.nan) == "00:00:00")
    }
}
