import Foundation
import Testing

/// `export --format qdpx` and `--format qdc`: the cases and their coded segments as a REFI-QDA
/// project, and the codebook alone, valid against the REFI-QDA schema and read back as a QDA
/// tool reads them — every selection's code points are the coded words.
@Suite("QDPX and QDC exports (REFI-QDA)", .serialized)
struct QDPXExportTests {
    private let environment: TestEnvironment

    static let grid = """
        grid: etude
        version: 1
        language: fr
        title: "Étude « Territoires »"
        title_from: nom
        sections:
          - id: demarrage
            title: "Démarrage"
            questions:
              - {id: nom, text: "Nom de l'organisation?", type: text, personal: true}
              - {id: defis, text: "Principaux défis?", type: list}
              - {id: besoin, text: "Quel besoin à l'origine?", type: text}
              - {id: statut, text: "Statut?", label: "Statut juridique", type: choice, choices: [Coopérative de solidarité, OBNL]}
              - {id: aga, text: "AGA tenue?", type: yesno}
              - {id: membres, text: "Combien de membres?", type: integer}
              - {id: budget, text: "Budget?", type: money}
        codebook:
          - id: ancrage
            label: "L'ancrage « dans » la communauté"
            codes: [{id: mobilisation, label: "Mobilisation des citoyen·ne·s"}]
          - id: finance
            label: "Financement & <solidaire>"
        """

    /// Case `a`: an emoji and accents before every coded segment, a list, a note and a quote with
    /// « » and an emoji; case `b`: a line longer than 80 columns and no interviewer.
    static let cases: [(id: String, interviewer: String?, input: String)] = [
        ("a", "Zoé Lévesque", "Coop 😀 « Étoile »\n/note Président·e·s absent·e·s 🎉\n/citation On a « tout » fait 🎉 ensemble\n"
            + "Pas de local 😀 ni de camion\nBénévoles épuisés\n\nNourrir le quartier 🥕 sans exclure personne\n1\noui\n42\n1500.5\n"),
        ("b", nil, "Le Marché\nTrouver du financement\n\n"
            + "Un besoin de proximité, exprimé par les citoyen·ne·s du quartier, dans une ville où l'épicerie la plus proche était à 5 km\n"
            + "2\nnon\n7\n/passer\n"),
    ]

    /// The segments coded, with the text a QDA tool must find at their offsets.
    static let codings: [(caseID: String, question: String, part: String, index: Int?, segment: String, within: String, codes: [String], coder: String?)] = [
        ("a", "defis", "item", 1, "ni de camion", "Pas de local 😀 ni de camion", ["ancrage.mobilisation", "finance"], "Léa"),
        ("a", "defis", "quote", 1, "« tout » fait 🎉", "On a « tout » fait 🎉 ensemble", ["ancrage"], "Marc"),
        ("a", "besoin", "answer", nil, "sans exclure personne", "Nourrir le quartier 🥕 sans exclure personne", ["ancrage"], nil),
        ("a", "defis", "answer", nil, "Pas de local 😀 ni de camion\nBénévoles épuisés", "Pas de local 😀 ni de camion\nBénévoles épuisés", ["finance"], "Léa"),
        ("b", "besoin", "answer", nil, "l'épicerie la plus proche", "Un besoin de proximité, exprimé par les citoyen·ne·s du quartier, dans une ville où l'épicerie la plus proche était à 5 km", ["ancrage.mobilisation"], "Léa"),
    ]

    init() throws {
        environment = try TestEnvironment()
        try Self.grid.write(toFile: environment.path("etude.yaml"), atomically: true, encoding: .utf8)
        for item in Self.cases {
            let arguments = ["new", "--grid", environment.path("etude.yaml"), "--case", item.id] + (item.interviewer.map { ["--interviewer", $0] } ?? [])
            let result = try environment.run(arguments, stdin: item.input, timeout: 10)
            try #require(result.status == 0, "\(item.id): \(result.stderr)")
        }
        for coding in Self.codings { try Self.appendCoding(coding, in: environment) }
    }

    /// Appends a `code` event to a case's journal as `JournalEntry+JSON` writes it (keys sorted,
    /// one line, fsync'd), its span counted in code points in the text it is found in.
    static func appendCoding(_ coding: (caseID: String, question: String, part: String, index: Int?, segment: String, within: String, codes: [String], coder: String?),
                             in environment: TestEnvironment) throws {
        let scalars = Array(coding.within.unicodeScalars)
        let segment = Array(coding.segment.unicodeScalars)
        let start = try #require((0...(scalars.count - segment.count)).first { Array(scalars[$0..<$0 + segment.count]) == segment })
        var event: [String: Any] = ["at": "2026-12-01T10:00:00.000Z", "codes": coding.codes, "end": start + segment.count, "event": "code",
                                    "part": coding.part, "question": coding.question, "start": start, "text": coding.segment]
        if let index = coding.index { event["index"] = index }
        if let coder = coding.coder { event["coder"] = coder }
        let line = try JSONSerialization.data(withJSONObject: event, options: [.sortedKeys, .withoutEscapingSlashes])
        let handle = try FileHandle(forWritingTo: URL(fileURLWithPath: JournalFile.path(environment, coding.caseID)))
        defer { try? handle.close() }
        try handle.seekToEnd()
        try handle.write(contentsOf: line + Data("\n".utf8))
        try handle.synchronize()
    }

    private func export(_ arguments: [String]) throws -> ProcessResult {
        try environment.run(["export"] + arguments, timeout: 30)
    }

    @Test("the project validates against Project.xsd and every selection's code points in its source are the coded words",
          .enabled(if: QDAChecker.python != nil, "\(QDAChecker.lxmlMissing)"))
    func projectValidatesAndSelectionsReadBack() throws {
        defer { environment.remove() }
        let result = try export(["--all", "--format", "qdpx", "--output", "study.qdpx"])
        try #require(result.status == 0, "\(result.stderr)")
        let archive = environment.path("study.qdpx")
        let entries = try QDAChecker.entries(archive)
        #expect(entries.first == "project.qde")
        #expect(entries.filter { $0.hasPrefix("sources/") && $0.hasSuffix(".txt") }.count == 2)
        let folder = try QDAChecker.unzip(archive)
        #expect(try QDAChecker.problems(folder + "/project.qde") == [])
        let project = try QDAChecker.project(in: folder)
        #expect(project["users"] as? [String] == ["Léa", "Marc", "Zoé Lévesque"], "the coders and the interviewer")
        #expect(project["codes"] as? [String] == ["ancrage", "ancrage.mobilisation", "finance"])
        #expect(project["variables"] as? [String] == ["AGA tenue?", "Budget?", "Combien de membres?", "Statut juridique"])
        let cases = try #require(project["cases"] as? [[String: Any]])
        #expect(cases.map { $0["name"] as? String } == ["a", "b"])
        #expect(cases.first?["values"] as? [String: String]
            == ["Statut juridique": "Coopérative de solidarité", "AGA tenue?": "true", "Combien de membres?": "42", "Budget?": "1500.5"])
        #expect(cases.last?["values"] as? [String: String] == ["Statut juridique": "OBNL", "AGA tenue?": "false", "Combien de membres?": "7"])

        let sources = try #require(project["sources"] as? [[String: Any]])
        var found: [(caseID: String, text: String, codes: [String], user: String?)] = []
        for source in sources {
            let path = try #require(source["path"] as? String)
            #expect(path.hasPrefix("internal://"))
            let text = try String(contentsOfFile: folder + "/sources/" + path.dropFirst("internal://".count), encoding: .utf8)
            let scalars = Array(text.unicodeScalars)
            for selection in source["selections"] as? [[String: Any]] ?? [] {
                let start = try #require(selection["start"] as? Int), end = try #require(selection["end"] as? Int)
                try #require(0 <= start && start <= end && end <= scalars.count, "\(start)..<\(end) in \(scalars.count)")
                var words = String.UnicodeScalarView()
                words.append(contentsOf: scalars[start..<end])
                found.append((source["name"] as? String ?? "", String(words), selection["codes"] as? [String] ?? [], selection["user"] as? String))
            }
        }
        #expect(found.count == Self.codings.count)
        for coding in Self.codings {
            #expect(found.contains { $0.caseID == coding.caseID && $0.text == coding.segment && $0.codes == coding.codes && $0.user == coding.coder },
                    "\(coding.segment) not found at its offsets: \(found.map(\.text))")
        }
    }

    @Test("the source is the interview as text: title, numbered questions, answers, list items one per line, notes and quotes",
          .enabled(if: QDAChecker.python != nil, "\(QDAChecker.lxmlMissing)"))
    func sourceIsTheInterviewAsText() throws {
        defer { environment.remove() }
        let result = try export(["a", "--format", "qdpx", "--output", "a.qdpx"])
        try #require(result.status == 0, "\(result.stderr)")
        let folder = try QDAChecker.unzip(environment.path("a.qdpx"))
        let project = try QDAChecker.project(in: folder)
        #expect((project["cases"] as? [[String: Any]])?.count == 1, "only the case named")
        let file = try #require(try FileManager.default.contentsOfDirectory(atPath: folder + "/sources").first)
        let text = try String(contentsOfFile: folder + "/sources/" + file, encoding: .utf8)
        #expect(text.hasPrefix("Coop 😀 « Étoile »\n\n1. Nom de l'organisation?\nCoop 😀 « Étoile »\n\n2. Principaux défis?\n"
            + "Pas de local 😀 ni de camion\nBénévoles épuisés\nNote : Président·e·s absent·e·s 🎉\n« On a « tout » fait 🎉 ensemble »\n"))
        #expect(text.contains("4. Statut?\nCoopérative de solidarité\n"))
    }

    @Test("exporting the same cases twice gives the same bytes")
    func sameBytesTwice() throws {
        defer { environment.remove() }
        for name in ["one.qdpx", "two.qdpx"] {
            let result = try export(["--all", "--format", "qdpx", "--output", name])
            try #require(result.status == 0, "\(result.stderr)")
        }
        let one = try Data(contentsOf: URL(fileURLWithPath: environment.path("one.qdpx")))
        #expect(one.count > 0)
        #expect(one == (try Data(contentsOf: URL(fileURLWithPath: environment.path("two.qdpx")))))
    }

    @Test("anonymised, the project has no interviewer, no personal question and names cases by their UUID",
          .enabled(if: QDAChecker.python != nil, "\(QDAChecker.lxmlMissing)"))
    func anonymisedProject() throws {
        defer { environment.remove() }
        let result = try export(["--all", "--format", "qdpx", "--anonymise", "--output", "anonymous.qdpx"])
        try #require(result.status == 0, "\(result.stderr)")
        let folder = try QDAChecker.unzip(environment.path("anonymous.qdpx"))
        #expect(try QDAChecker.problems(folder + "/project.qde") == [])
        let project = try QDAChecker.project(in: folder)
        #expect(project["users"] as? [String] == ["Léa"], "no interviewer; the quote Marc coded is left out with the quotes")
        let qde = try String(contentsOfFile: folder + "/project.qde", encoding: .utf8)
        let sources = try FileManager.default.contentsOfDirectory(atPath: folder + "/sources")
            .map { try String(contentsOfFile: folder + "/sources/" + $0, encoding: .utf8) }.joined()
        #expect(!sources.contains("Étoile") && !qde.contains("Étoile"), "the personal answer is left out")
        #expect(!sources.contains("Président"), "notes are left out")
        let names = (project["cases"] as? [[String: Any]])?.compactMap { $0["name"] as? String } ?? []
        #expect(names.count == 2 && names.allSatisfy { UUID(uuidString: $0) != nil }, "\(names)")
    }

    @Test("a project is not written to a terminal, and said why")
    func notToATerminal() throws {
        defer { environment.remove() }
        let terminal = try environment.spawn(["export", "--all", "--format", "qdpx"])
        #expect(try terminal.expectExit() == 64)
        #expect(terminal.output.contains("archive ZIP"))
        #expect(!terminal.output.contains("PK"), "no zip bytes on the screen")
    }

    @Test("--format qdc writes the grid's codebook, valid, without cases",
          .enabled(if: QDAChecker.python != nil, "\(QDAChecker.lxmlMissing)"))
    func codebookOfAGrid() throws {
        defer { environment.remove() }
        let result = try export(["--format", "qdc", "--grid", environment.path("etude.yaml"), "--output", "codebook.qdc"])
        try #require(result.status == 0, "\(result.stderr)")
        let path = environment.path("codebook.qdc")
        #expect(try QDAChecker.problems(path, codebook: true) == [])
        #expect(try QDAChecker.codebook(path) == ["ancrage": ["ancrage.mobilisation"], "finance": []])
        let text = try String(contentsOfFile: path, encoding: .utf8)
        #expect(text.contains("xmlns=\"urn:QDA-XML:codebook:1.0\""))
        #expect(text.contains("name=\"Financement &amp; &lt;solidaire&gt;\""))
        let refused = try export(["--all", "--format", "qdc"])
        #expect(refused.status == 64, "qdc takes no cases: \(refused.stderr)")
    }

    @Test("the built-in grid's codebook as qdc has its 7 themes and each theme's codes",
          .enabled(if: QDAChecker.python != nil, "\(QDAChecker.lxmlMissing)"))
    func builtInCodebook() throws {
        defer { environment.remove() }
        let result = try export(["--format", "qdc", "--output", "builtin.qdc"])
        try #require(result.status == 0, "\(result.stderr)")
        let path = environment.path("builtin.qdc")
        #expect(try QDAChecker.problems(path, codebook: true) == [])
        let codebook = try QDAChecker.codebook(path)
        #expect(codebook.count == 7)
        let expected = try QDAChecker.json("""
            import json, sys, yaml
            grid = yaml.safe_load(open(sys.argv[1], encoding="utf-8"))
            print(json.dumps({t["id"]: [t["id"] + "." + c["id"] for c in t.get("codes", [])] for t in grid["codebook"]}))
            """, [QDAChecker.repository + "/grids/territoires-nourriciers.yaml"]) as? [String: [String]]
        #expect(codebook == expected)
    }
}
