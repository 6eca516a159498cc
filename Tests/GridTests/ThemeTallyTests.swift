import Foundation
import Testing
@testable import Grid

/// Coded segments counted by theme and code across cases: mentions, distinct cases, sections.
@Suite("Theme tally across cases")
struct ThemeTallyTests {
    private static let gridText = """
        grid: codage
        version: 1
        language: fr
        title: "Codage"
        title_from: nom
        book:
          cases: {singular: entreprise, plural: entreprises}
        sections:
          - id: demarrage
            title: "Démarrage"
            questions:
              - {id: nom, text: "Nom?", type: text}
              - {id: mission, text: "Mission?", label: "Mission", type: text}
              - {id: defis, text: "Défis?", type: list}
          - id: developpement
            title: "Développement"
            questions:
              - {id: avenir, text: "Avenir?", type: text}
        codebook:
          - id: ancrage
            label: "L'ancrage"
            codes:
              - {id: mobilisation, label: "Mobilisation des citoyen·ne·s"}
              - {id: ecoles, label: "Écoles"}
          - id: gouvernance
            label: "La gouvernance"
        """

    private static let loaded = Result { try GridLoader.load(text: gridText, file: "codage.yaml") }

    /// The record of a case answered and coded with these events.
    private static func record(_ caseID: String, _ events: [JournalEvent]) throws -> CaseRecord {
        let loaded = try Self.loaded.get()
        let header = JournalHeader(caseID: caseID, grid: loaded, interviewer: nil, language: .fr, program: "interview test",
                                   started: Date(timeIntervalSince1970: 1_790_000_000))
        let entries = events.enumerated().map { JournalEntry($1, at: Date(timeIntervalSince1970: 1_790_000_000 + Double($0))) }
        return CaseRecordBuilder().record(journal: Journal(header: header, entries: entries, path: "\(caseID).jsonl"), grid: loaded)
    }

    private static func whole(_ target: CodingTarget, _ text: String, _ codes: [String], coder: String? = nil) -> JournalEvent {
        .code(.whole(CodableText(target: target, section: nil, text: text), codes: codes, coder: coder))
    }

    private static func tally() throws -> ThemeTally {
        var tally = ThemeTally(grid: try loaded.get().grid)
        tally.add(try record("alina", [
            .answer(question: "nom", value: .text("Coop Alina"), seconds: 1),
            .answer(question: "mission", value: .text("Nourrir « ensemble » 🍅"), seconds: 1),
            .answer(question: "defis", value: .list(["trouver un local", "recruter"]), seconds: 1),
            .answer(question: "avenir", value: .text("grandir avec l'école"), seconds: 1),
            whole(.answer("mission"), "Nourrir « ensemble » 🍅", ["ancrage.mobilisation"], coder: "ana"),
            whole(.answer("mission"), "Nourrir « ensemble » 🍅", ["ancrage.mobilisation", "gouvernance"], coder: "léo"),
            whole(.item("defis", 1), "trouver un local", ["ancrage"]),
            whole(.answer("avenir"), "grandir avec l'école", ["ancrage.ecoles", "inconnu"]),
        ]))
        tally.add(try record("mistouk", [
            .answer(question: "nom", value: .text("Jardins Mistouk"), seconds: 1),
            .answer(question: "mission", value: .text("Cultiver"), seconds: 1),
            whole(.answer("mission"), "Cultiver", ["ancrage.mobilisation"]),
        ]))
        return tally
    }

    @Test("a code's segment is a mention of the code and of its theme, once whoever coded it")
    func mentionsAndCases() throws {
        let rows = Dictionary(uniqueKeysWithValues: try Self.tally().rows.map { ($0.id, $0) })
        #expect(rows["ancrage"]?.mentions == 4)
        #expect(rows["ancrage"]?.cases == 2)
        #expect(rows["ancrage.mobilisation"]?.mentions == 2)
        #expect(rows["ancrage.mobilisation"]?.cases == 2)
        #expect(rows["ancrage.ecoles"]?.mentions == 1)
        #expect(rows["gouvernance"]?.mentions == 1)
        #expect(try rows["ancrage.mobilisation"]?.segments.all().first?.coders == ["ana", "léo"])
        #expect(try rows["gouvernance"]?.segments.all().first?.coders == ["léo"])
    }

    @Test("rows come in codebook order, each theme before its codes, with rows nobody used")
    func rowOrder() throws {
        #expect(try Self.tally().rows.map(\.id) == ["ancrage", "ancrage.mobilisation", "ancrage.ecoles", "gouvernance"])
    }

    @Test("mentions are split by the section they were said in")
    func bySection() throws {
        let ancrage = try #require(try Self.tally().rows.first)
        #expect(ancrage.bySection.map(\.section) == ["demarrage", "developpement"])
        #expect(ancrage.bySection.map(\.mentions) == [3, 1])
        #expect(ancrage.bySection.map(\.cases) == [2, 1])
        #expect(ancrage.bySection.first?.title == "Démarrage")
    }

    @Test("segments keep their words, case title and question label")
    func segments() throws {
        let mobilisation = try #require(try Self.tally().rows.first { $0.id == "ancrage.mobilisation" })
        let segments = try mobilisation.segments.all()
        #expect(segments.map(\.text) == ["Nourrir « ensemble » 🍅", "Cultiver"])
        #expect(segments.map(\.caseTitle) == ["Coop Alina", "Jardins Mistouk"])
        #expect(segments.first?.questionLabel == "Mission")
    }

    @Test("an id the codebook lacks is counted apart")
    func unknownCodes() throws {
        #expect(try Self.tally().unknownCodes == ["inconnu": 1])
    }

    @Test("counting one coder leaves the other's codes out")
    func oneCoder() throws {
        var tally = ThemeTally(grid: try Self.loaded.get().grid)
        tally.add(try Self.record("alina", [
            .answer(question: "mission", value: .text("Nourrir"), seconds: 1),
            Self.whole(.answer("mission"), "Nourrir", ["ancrage"], coder: "ana"),
            Self.whole(.answer("mission"), "Nourrir", ["gouvernance"], coder: "léo"),
        ]), coder: "léo")
        #expect(tally.rows.filter { $0.mentions > 0 }.map(\.id) == ["gouvernance"])
    }

    @Test("the sentence names the cases as the grid's book does, singular for one")
    func sentence() throws {
        let grid = try Self.loaded.get().grid
        #expect(ThemeTally.sentence(mentions: 10, cases: 7, grid: grid, language: .fr) == "10 mentions par 7 entreprises")
        #expect(ThemeTally.sentence(mentions: 1, cases: 1, grid: grid, language: .fr) == "1 mention par 1 entreprise")
        var plain = grid
        plain.book = GridBook()
        #expect(ThemeTally.sentence(mentions: 3, cases: 2, grid: plain, language: .en) == "3 mentions by 2 cases")
        #expect(ThemeTally.sentence(mentions: 1, cases: 1, grid: plain, language: .en) == "1 mention by 1 case")
    }
}
