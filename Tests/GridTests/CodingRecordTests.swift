import Foundation
import Testing
@testable import Grid

/// Codings journaled for a case reach its record where their words still are, in grid order,
/// the last coding of a segment by a coder winning; an edit that loses the words leaves them out.
@Suite("Codings in the case record")
struct CodingRecordTests {
    private static let gridText = """
        grid: codage
        version: 1
        language: fr
        title: "Codage"
        sections:
          - id: demarrage
            title: "Démarrage"
            questions:
              - {id: mission, text: "Mission?", type: text}
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
          - id: gouvernance
            label: "La gouvernance"
        """

    private static func record(_ events: [JournalEvent]) throws -> CaseRecord {
        let loaded = try GridLoader.load(text: gridText, file: "codage.yaml")
        let header = JournalHeader(caseID: "coop", grid: loaded, interviewer: "Zoé", language: .fr, program: "interview test",
                                   started: Date(timeIntervalSince1970: 1_790_000_000))
        let entries = events.enumerated().map { JournalEntry($1, at: Date(timeIntervalSince1970: 1_790_000_000 + Double($0))) }
        return CaseRecordBuilder().record(journal: Journal(header: header, entries: entries, path: "coop.jsonl"), grid: loaded)
    }

    private static let mission = "Nourrir le quartier — « ensemble » 🍅 avec les citoyen·ne·s du Plateau."

    @Test("a segment coded in an answer with accents and emoji keeps its words and code-point offsets")
    func segmentOffsetsCountCodePoints() throws {
        let text = CodableText(target: .answer("mission"), section: "demarrage", text: Self.mission)
        // "avec" comes after « », an em dash and an emoji (one code point each).
        let found = try #require(Self.mission.range(of: "avec"))
        let start = Self.mission.unicodeScalars.distance(from: Self.mission.startIndex, to: found.lowerBound)
        #expect(start == 37)
        let coding = try #require(Coding.segment(of: text, start: start, end: start + 4, codes: ["ancrage"], coder: "ana"))
        let record = try Self.record([.answer(question: "mission", value: .text(Self.mission), seconds: 4), .code(coding)])
        #expect(record.codings.count == 1)
        #expect(record.codings.first?.text == "avec")
        #expect(record.codings.first?.start == 37)
        #expect(record.codings.first?.section == "demarrage")
        #expect(record.codings.first?.coder == "ana")
    }

    @Test("the last coding of a segment by one coder replaces the earlier; another coder's stays beside it")
    func lastCodingWins() throws {
        let text = CodableText(target: .answer("mission"), section: "demarrage", text: Self.mission)
        let record = try Self.record([
            .answer(question: "mission", value: .text(Self.mission), seconds: 4),
            .code(.whole(text, codes: ["ancrage"], coder: "ana")),
            .code(.whole(text, codes: ["ancrage.mobilisation", "gouvernance"], coder: "ana")),
            .code(.whole(text, codes: ["gouvernance"], coder: "léo")),
        ])
        #expect(record.codings.map(\.codes) == [["ancrage.mobilisation", "gouvernance"], ["gouvernance"]])
        #expect(record.codings.map(\.coder) == ["ana", "léo"])
    }

    @Test("a coding with no codes takes the coder's codes off the segment")
    func emptyCodingUncodes() throws {
        let text = CodableText(target: .answer("mission"), section: "demarrage", text: Self.mission)
        let record = try Self.record([
            .answer(question: "mission", value: .text(Self.mission), seconds: 4),
            .code(.whole(text, codes: ["ancrage"], coder: nil)),
            .code(.whole(text, codes: [], coder: nil)),
        ])
        #expect(record.codings.isEmpty)
    }

    @Test("an answer edited so the coded words are gone drops the coding; words moved are found again")
    func staleCodingsAreLeftOut() throws {
        let item = CodableText(target: .item("defis", 1), section: "demarrage", text: "trouver un local")
        let gone = try Self.record([
            .answer(question: "defis", value: .list(["trouver un local"]), seconds: 2),
            .code(.whole(item, codes: ["gouvernance"], coder: nil)),
            .answer(question: "defis", value: .list(["recruter des bénévoles"]), seconds: 2),
        ])
        #expect(gone.codings.isEmpty)
        let moved = try Self.record([
            .answer(question: "defis", value: .list(["trouver un local"]), seconds: 2),
            .code(.whole(item, codes: ["gouvernance"], coder: nil)),
            .answer(question: "defis", value: .list(["d'abord, trouver un local"]), seconds: 2),
        ])
        #expect(moved.codings.map(\.start) == [9])
        #expect(moved.codings.map(\.text) == ["trouver un local"])
    }

    @Test("codable texts come in grid order: text answers, each list item, then each question's quotes")
    func codableTextsInGridOrder() throws {
        let record = try Self.record([
            .answer(question: "avenir", value: .text("grandir"), seconds: 1),
            .answer(question: "defis", value: .list(["local", "argent"]), seconds: 1),
            .quote(question: "mission", text: "« On mange ensemble »"),
            .answer(question: "mission", value: .text("nourrir"), seconds: 1),
            .quote(question: nil, text: "« merci »"),
        ])
        #expect(record.codableTexts.map(\.target) == [
            .answer("mission"), .quote("mission", 1), .item("defis", 1), .item("defis", 2), .answer("avenir"), .quote(nil, 1),
        ])
        #expect(record.codableTexts.map(\.section) == ["demarrage", "demarrage", "demarrage", "demarrage", "developpement", nil])
    }

    @Test("codings come out of the record in grid order whatever order they were coded in")
    func codingsInGridOrder() throws {
        let record = try Self.record([
            .answer(question: "mission", value: .text("nourrir"), seconds: 1),
            .answer(question: "avenir", value: .text("grandir"), seconds: 1),
            .code(.whole(CodableText(target: .answer("avenir"), section: nil, text: "grandir"), codes: ["gouvernance"], coder: nil)),
            .code(.whole(CodableText(target: .answer("mission"), section: nil, text: "nourrir"), codes: ["ancrage"], coder: nil)),
        ])
        #expect(record.codings.map(\.question) == ["mission", "avenir"])
        #expect(record.codings.map(\.section) == ["demarrage", "developpement"])
    }

    @Test("a code event survives the journal line and back, byte for byte as the encoder writes it")
    func codeEventRoundTrips() throws {
        let coding = Coding(target: .quote(nil, 2), start: 3, end: 7, text: "lieu", codes: ["ancrage.mobilisation"], coder: "Zoé")
        let entry = JournalEntry(.code(coding), at: Date(timeIntervalSince1970: 1_790_000_000))
        let line = try #require(entry.jsonLine)
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        #expect(line == Array(try encoder.encode(entry)))
        #expect(try JSONDecoder().decode(JournalEntry.self, from: Data(line)) == entry)
    }

    @Test("codebook ids are looked up as theme or theme.code, and a misspelt one gets a suggestion")
    func codebookIDs() throws {
        let grid = try GridLoader.load(text: Self.gridText, file: "codage.yaml").grid
        #expect(grid.codeIDs == ["ancrage", "ancrage.mobilisation", "gouvernance"])
        #expect(grid.codeLabel("ancrage.mobilisation") == "Mobilisation des citoyen·ne·s")
        #expect(grid.codeLabel("ancrage.inconnu") == nil)
        #expect(grid.suggestedCodeID(for: "gouvernence") == "gouvernance")
        #expect(grid.suggestedCodeID(for: "mobilisation") == "ancrage.mobilisation")
        #expect(grid.suggestedCodeID(for: "ancrage.mob") == "ancrage.mobilisation")
        #expect(CodeID("Ancrage") == nil && CodeID("a.b.c") == nil && CodeID("ancrage.") == nil)
    }

    @Test("a code line whose coder holds a control character or whose ids are misshapen is refused as damaged; accents and NBSP are not controls")
    func unsoundCodeLinesRefused() throws {
        let fixture = try JournalFixture()
        func read(codes: [String], coder: String) throws -> Bool {
            let path = try fixture.path("cas")
            let coding = Coding(target: .answer("mission"), start: 0, end: 4, text: "lieu", codes: codes, coder: coder)
            try fixture.write([try JournalFixture.headerLine("cas"), try JournalFixture.line(JournalFixture.entry(.code(coding), 1)),
                               try JournalFixture.line(JournalFixture.entry(.pause, 2))].joined(separator: "\n") + "\n", to: path)
            do {
                return try JournalReader.read(path: path).entries.count == 2
            } catch JournalError.corruptLine(_, let line) {
                #expect(line == 2)
                return false
            }
        }
        for coder in ["Zoé", "Â la ferme", "\u{A0}Zoé", "Équipe TN 🌱", "ana"] {
            #expect(try read(codes: ["ancrage.mobilisation", "gouvernance"], coder: coder), "\(coder)")
        }
        for coder in ["a\u{85}b", "a\u{7F}", "a\u{1B}[31m", "\u{9F}", "tab\tulation"] {
            #expect(try !read(codes: ["ancrage"], coder: coder), "\(coder.debugDescription)")
        }
        for codes in [["a..b"], [".a"], ["a."], ["a.b.c"], ["Ancrage"], [""], ["ancrage", "x y"]] {
            #expect(try !read(codes: codes, coder: "ana"), "\(codes)")
        }
    }
}
