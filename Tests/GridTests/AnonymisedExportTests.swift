import Foundation
import Testing
@testable import Grid

/// `--anonymise` leaves nothing personal in any export: questions piped (`from:`) from a
/// personal question are personal too, and notes and quotes — free text where names slip in —
/// are all removed unless `keepNotes`. Checked on the JSON record, the fiche (with notes), the
/// wide CSV and the long CSV.
@Suite("Anonymised exports")
struct AnonymisedExportTests {
    /// A personal list of founders, a rank piped from it, and a list piped from it too.
    static let gridText = """
        grid: fondateurs
        version: 1
        language: fr
        title: "Fondateur·rice·s"
        title_from: organisme
        sections:
          - id: s
            title: "L'organisme"
            questions:
              - {id: organisme, text: "Nom de l'organisme ?", type: text}
              - {id: membres, text: "Qui sont les membres fondateur·rice·s ?", type: list, personal: true}
              - {id: piliers, text: "Lesquel·le·s ont le plus porté le projet ?", type: rank, from: membres, count: 2}
              - {id: mission, text: "Quelle est la mission ?", type: text}
        """

    /// What the respondent said, in order; the names must never reach an anonymised export.
    static let events: [JournalEvent] = [
        .answer(question: "organisme", value: .text("Coop « Les Jardins » 🌱"), seconds: 3),
        .quote(question: "organisme", text: "Benoît Côté : « c'est notre maison »"),
        .answer(question: "membres", value: .list(["Alice Tremblay", "Benoît Côté"]), seconds: 9),
        .answer(question: "piliers", value: .list(["Benoît Côté", "Alice Tremblay"]), seconds: 4),
        .note(question: "mission", text: "Alice Tremblay a dit : tout est fait par les bénévoles"),
        .answer(question: "mission", value: .text("Nourrir le quartier"), seconds: 7),
        .note(question: nil, text: "Rappeler Alice Tremblay la semaine prochaine"),
    ]

    static let names = ["Alice", "Tremblay", "Benoît", "Côté"]

    static func loaded() throws -> LoadedGrid {
        try GridLoader.load(text: gridText, file: "fondateurs.yaml")
    }

    static func record(anonymise: Bool, keepNotes: Bool = false) throws -> CaseRecord {
        let loaded = try loaded()
        let start = Date(timeIntervalSince1970: 1_790_000_000)
        let uuid = UUID(uuid: (0xA1, 0xB2, 0xC3, 0xD4, 0, 0, 0x40, 0, 0x80, 0, 0, 0, 0, 0, 0, 1))
        let header = JournalHeader(caseID: "coop-jardins", uuid: uuid, grid: loaded, interviewer: "Zoé", language: .fr,
                                   program: "interview test", started: start)
        let entries = events.enumerated().map { JournalEntry($1, at: start.addingTimeInterval(Double($0 + 1))) }
        let journal = Journal(header: header, entries: entries, path: "coop-jardins.jsonl")
        return CaseRecordBuilder(anonymise: anonymise, keepNotes: keepNotes).record(journal: journal, grid: loaded)
    }

    /// The four exports of one record: JSON, fiche with notes, wide CSV, long CSV.
    static func exports(_ record: CaseRecord, anonymise: Bool) throws -> [(format: String, text: String)] {
        let grid = try loaded().grid
        let options = CSVOptions(anonymise: anonymise)
        let wide = CSVWideWriter(grids: [grid], options: options)
        let long = CSVLongWriter(options: CSVOptions(raw: true, anonymise: anonymise))
        return [
            ("json", record.jsonText(pretty: true)),
            ("markdown", FicheRenderer(grid: grid, language: .fr, withNotes: true).render(record)),
            ("wide csv", wide.headerLine() + wide.line(for: record)),
            ("long csv", long.headerLine() + long.lines(for: record)),
        ]
    }

    @Test("A rank piped from a personal list leaves no name in the JSON, the fiche, the wide CSV or the long CSV")
    func pipedRankLeavesNoName() throws {
        let record = try Self.record(anonymise: true)
        #expect(record.question("membres") == nil)
        #expect(record.question("piliers") == nil, "a rank of personal items is personal")
        for (format, text) in try Self.exports(record, anonymise: true) {
            for name in Self.names { #expect(!text.contains(name), "\(format) leaks \(name)") }
            #expect(!text.contains("piliers") && !text.contains("porté le projet"), "\(format) keeps the piped question")
            #expect(text.contains("Nourrir le quartier"), "\(format) keeps the other answers")
        }
    }

    @Test("Anonymised, every note and quote is gone: at a question that is kept, and between questions")
    func notesAndQuotesRemoved() throws {
        let record = try Self.record(anonymise: true)
        #expect(record.questions.allSatisfy { $0.notes.isEmpty && $0.quotes.isEmpty })
        #expect(record.notes.isEmpty && record.quotes.isEmpty)
        for (format, text) in try Self.exports(record, anonymise: true) {
            #expect(!text.contains("bénévoles") && !text.contains("notre maison") && !text.contains("Rappeler"), "\(format)")
        }
    }

    @Test("Not anonymised, the piped rank is marked personal in the record and every note and quote is there")
    func notAnonymised() throws {
        let record = try Self.record(anonymise: false)
        #expect(record.question("piliers")?.personal == true)
        #expect(record.question("piliers")?.value == .rank(["Benoît Côté", "Alice Tremblay"]))
        #expect(record.question("organisme")?.personal == false)
        #expect(record.question("mission")?.notes.map(\.text) == ["Alice Tremblay a dit : tout est fait par les bénévoles"])
        #expect(record.question("organisme")?.quotes.count == 1)
        #expect(record.notes.map(\.text) == ["Rappeler Alice Tremblay la semaine prochaine"])
    }

    @Test("With keepNotes, notes and quotes of the questions kept and between questions stay; the piped rank still goes")
    func keepNotes() throws {
        let record = try Self.record(anonymise: true, keepNotes: true)
        #expect(record.question("piliers") == nil)
        #expect(record.question("mission")?.notes.map(\.text) == ["Alice Tremblay a dit : tout est fait par les bénévoles"])
        #expect(record.question("organisme")?.quotes.map(\.text) == ["Benoît Côté : « c'est notre maison »"])
        #expect(record.notes.count == 1)
        #expect(record.caseID == record.uuid && record.interview.interviewer == nil)
        let exports = try Self.exports(record, anonymise: true)
        for (format, text) in exports where format == "json" || format == "markdown" {
            #expect(text.contains("tout est fait par les bénévoles"), "\(format)")
            #expect(text.contains("Rappeler Alice Tremblay"), "\(format)")
        }
        for (format, text) in exports {
            #expect(!text.contains("piliers"), "\(format)")
        }
    }

    @Test("keepNotes without anonymising changes nothing")
    func keepNotesAlone() throws {
        #expect(try Self.record(anonymise: false, keepNotes: true) == (try Self.record(anonymise: false)))
    }

    @Test("Personal-ness follows from: along a chain of piped questions, and only along it")
    func personalFollowsFrom() throws {
        let grid = try #require(InlineGrid.load("""
            grid: chaine
            version: 1
            title: Chaîne
            sections:
              - id: s
                title: S
                questions:
                  - {id: noms, text: "Noms ?", type: list, personal: true}
                  - {id: copie, text: "Encore ?", type: list, from: noms}
                  - {id: rang, text: "Rang ?", type: rank, from: copie}
                  - {id: idees, text: "Idées ?", type: list}
                  - {id: rang_idees, text: "Rang des idées ?", type: rank, from: idees}
            """))
        #expect(["noms", "copie", "rang"].allSatisfy(grid.isPersonal))
        #expect(!grid.isPersonal("idees") && !grid.isPersonal("rang_idees") && !grid.isPersonal("inconnue"))
        #expect(grid.question(id: "rang")?.personal == false, "the grid's own field is left as written")
    }
}
