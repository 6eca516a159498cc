import Foundation
import Testing

/// `interview summary`, second part: group sub-totals, the themes table (mentions and cases per
/// theme, code and section, with the coded segments), `--theme`, `--coder`, the bar chart on a
/// terminal and the published schema of the summary JSON.
@Suite("Summary of the themes", .serialized)
struct SummaryThemesTests {
    private let environment: TestEnvironment

    static let grid = """
        grid: themes
        version: 1
        language: fr
        title: "Thèmes"
        title_from: nom
        consent: {publication: fiche}
        book:
          cases: {singular: entreprise, plural: entreprises}
        sections:
          - id: demarrage
            title: "Démarrage de l'entreprise"
            label: "Au démarrage"
            questions:
              - {id: nom, text: "Nom?", type: text}
              - {id: fiche, text: "Publication?", type: yesno, fiche: false}
              - id: statut
                text: "Statut?"
                type: choice
                choices:
                  - {id: coop_solidarite, label: "Coopérative de solidarité", group: "Coopératives"}
                  - {id: coop_travail, label: "Coopérative de travail", group: "Coopératives"}
                  - OBNL
              - id: serres
                text: "Installations?"
                label: "Installations"
                type: multichoice
                choices:
                  - {id: froide, label: "Serre froide", group: "Serres"}
                  - {id: chaude, label: "Serre chaude", group: "Serres"}
                  - Camion
              - {id: mission, text: "Mission?", label: "Mission", type: text}
              - {id: defis, text: "Défis?", label: "Défis", type: list}
          - id: developpement
            title: "Développement"
            label: "En développement"
            questions:
              - {id: avenir, text: "Avenir?", label: "Avenir", type: text}
        codebook:
          - id: ancrage
            label: "L'ancrage dans la communauté et son territoire élargi"
            codes:
              - {id: mobilisation, label: "Mobilisation des citoyen·ne·s"}
          - id: gouvernance
            label: "La gouvernance démocratique 🗳️ 民主"
        """

    /// Alina and Mistouk are co-ops (one each kind), La Cuisine is not; Secrète has no consent.
    static let cases: [(id: String, input: String)] = [
        ("alina", "Coop Alina\noui\n1\n1 2\nNourrir « ensemble » 🍅 *vite*\ntrouver un local\nrecruter\n\ngrandir avec l'école\n"),
        ("mistouk", "Jardins Mistouk\noui\n2\n1 3\nCultiver\n\ns'agrandir\n"),
        ("cuisine", "La Cuisine\noui\n3\n3\nCuisiner\n\nrester\n"),
        ("secrete", "Secrète\nnon\n1\n1\nCacher\n\ndisparaître\n"),
    ]

    init() throws {
        environment = try TestEnvironment()
        try Self.grid.write(toFile: environment.path("themes.yaml"), atomically: true, encoding: .utf8)
        for item in Self.cases {
            let result = try environment.run(["new", "--grid", environment.path("themes.yaml"), "--case", item.id], stdin: item.input, timeout: 10)
            try #require(result.status == 0, "\(item.id): \(result.stderr)")
        }
        // Coded as coders code, with `interview code` piped: one line per text in grid order (the
        // name, the mission, each challenge, the future), an empty line for none.
        let codings: [(caseID: String, coder: String, input: String)] = [
            ("alina", "ana", "\nancrage.mobilisation\n/segment un local\ngouvernance\n\n\nancrage\n"),
            ("alina", "léo", "\nancrage.mobilisation\n"),
            ("mistouk", "ana", "\nancrage.mobilisation\nancrage\n"),
            ("secrete", "ana", "\nancrage gouvernance\n"),
        ]
        for coding in codings {
            let result = try environment.run(["code", coding.caseID, "--coder", coding.coder], stdin: coding.input, timeout: 10)
            try #require(result.status == 0, "\(coding.caseID) by \(coding.coder): \(result.stderr)")
        }
        // `code` refuses ids the codebook lacks; one written by hand (a grid changed since coding)
        // must be counted apart.
        try CodeEventLine.append([try CodeEventLine.make(question: "defis", part: "item", index: 2, text: "recruter", codes: ["inconnu"], coder: "ana")],
                            to: "alina", in: environment)
    }

    private func json(_ arguments: [String] = []) throws -> [String: Any] {
        let result = try environment.run(["summary", "-f", "json"] + arguments, timeout: 20)
        try #require(result.status == 0, "\(result.stderr)")
        return try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
    }

    private func themes(_ arguments: [String] = []) throws -> [String: [String: Any]] {
        let list = try #require(try json(arguments)["themes"] as? [[String: Any]])
        return Dictionary(uniqueKeysWithValues: list.compactMap { theme in (theme["id"] as? String).map { ($0, theme) } })
    }

    @Test("grouped options get a sub-total, a multichoice case counted once per group, in JSON, Markdown and CSV")
    func groups() throws {
        let profile = try #require(try json()["profile"] as? [String: [String: Any]])
        let statut = try #require(profile["statut"]?["groups"] as? [[String: Any]])
        #expect(statut.count == 1)
        #expect(statut.first?["label"] as? String == "Coopératives")
        #expect(statut.first?["count"] as? Int == 2)
        #expect(statut.first?["options"] as? [String] == ["coop_solidarite", "coop_travail"])
        // Alina ticked both greenhouses: one case for the group, not two.
        let serres = try #require(profile["serres"]?["groups"] as? [[String: Any]])
        #expect(serres.first?["count"] as? Int == 2)
        #expect((profile["fiche"]?["groups"] as? [Any])?.isEmpty == true)
        let markdown = try environment.run(["summary"], timeout: 20).stdout
        #expect(markdown.contains("- Coopératives : 2\n  - dont Coopérative de solidarité : 1\n  - dont Coopérative de travail : 1\n"))
        #expect(markdown.contains("- Serres : 2\n  - dont Serre froide : 2\n  - dont Serre chaude : 1\n"))
        let csv = try environment.run(["summary", "-f", "csv"], timeout: 20).stdout
        #expect(csv.contains("statut,_group,Coopératives,2\r\n"))
        #expect(csv.contains("serres,_group,Serres,2\r\n"))
    }

    @Test("mentions and distinct cases per theme and code, by section, the case without consent left out, unknown codes apart")
    func counts() throws {
        let themes = try themes()
        // ancrage: Alina's mission (one segment, two coders) and avenir, Mistouk's mission and avenir.
        #expect(themes["ancrage"]?["mentions"] as? Int == 4)
        #expect(themes["ancrage"]?["cases"] as? Int == 2)
        let bySection = try #require(themes["ancrage"]?["by_section"] as? [String: [String: Int]])
        #expect(bySection == ["demarrage": ["mentions": 2, "cases": 2], "developpement": ["mentions": 2, "cases": 2]])
        #expect(themes["ancrage.mobilisation"]?["mentions"] as? Int == 2)
        #expect(themes["ancrage.mobilisation"]?["kind"] as? String == "code")
        #expect(themes["gouvernance"]?["mentions"] as? Int == 1, "Secrète's coding is not counted")
        #expect(themes["gouvernance"]?["cases"] as? Int == 1)
        let segment = try #require((themes["gouvernance"]?["segments"] as? [[String: Any]])?.first)
        #expect(segment["case"] as? String == "alina")
        #expect(segment["title"] as? String == "Coop Alina")
        #expect(segment["text"] as? String == "un local")
        #expect(segment["part"] as? String == "item" && segment["index"] as? Int == 1)
        #expect(segment["coders"] as? [String] == ["ana"])
        let mobilisation = try #require((themes["ancrage.mobilisation"]?["segments"] as? [[String: Any]])?.first)
        #expect(mobilisation["coders"] as? [String] == ["ana", "léo"])
        #expect(try json()["unknown_codes"] as? [String: Int] == ["inconnu": 1])
    }

    @Test("Markdown words the counts as the case book does, a line per section, segments as escaped quotes")
    func markdown() throws {
        let result = try environment.run(["summary"], timeout: 20)
        #expect(result.status == 0)
        let text = result.stdout
        #expect(text.contains("# Thèmes\n\n## L'ancrage dans la communauté et son territoire élargi\n\n4 mentions par 2 entreprises.\n"))
        #expect(text.contains("- Au démarrage : 2 mentions par 2 entreprises\n- En développement : 2 mentions par 2 entreprises\n"))
        #expect(text.contains("### Mobilisation des citoyen·ne·s\n\n2 mentions par 2 entreprises."))
        #expect(text.contains("> « Nourrir « ensemble » 🍅 \\*vite\\* » — Coop Alina, Mission"))
        #expect(text.contains("> « grandir avec l'école » — Coop Alina, Avenir"))
        #expect(text.contains("1 mention par 1 entreprise."))
        #expect(!text.contains("Cacher"))
        #expect(text.contains("Codes absents du livre de codes (non comptés) : inconnu (1)."))
        // A segment coded with a code is shown under the code, not again under its theme.
        #expect(text.components(separatedBy: "Nourrir « ensemble »").count == 2)
    }

    @Test("--theme keeps one theme and its codes; an unknown id is refused with a suggestion and exit 64")
    func theme() throws {
        #expect(try themes(["--theme", "ancrage"]).keys.sorted() == ["ancrage", "ancrage.mobilisation"])
        #expect(try themes(["--theme", "gouvernance"]).keys.sorted() == ["gouvernance"])
        let refused = try environment.run(["summary", "--theme", "ancrag"], timeout: 20)
        #expect(refused.status == 64)
        #expect(refused.stderr.contains("« ancrag »") && refused.stderr.contains("« ancrage »"), "\(refused.stderr)")
        #expect(refused.stdout.isEmpty)
    }

    @Test("--coder counts one coder's codes")
    func coder() throws {
        let themes = try themes(["--coder", "léo"])
        #expect(themes["ancrage"]?["mentions"] as? Int == 1)
        #expect(themes["ancrage.mobilisation"]?["mentions"] as? Int == 1)
        #expect(themes["gouvernance"]?["mentions"] as? Int == 0)
    }

    @Test("the themes CSV has a row per theme or code for all sections, then one per section, read back by Python")
    func themesCSV() throws {
        let path = environment.path("themes.csv")
        let result = try environment.run(["summary", "-f", "csv", "--table", "themes", "-o", path], timeout: 20)
        try #require(result.status == 0, "\(result.stderr)")
        let python = try #require(PythonChecker.found, "\(PythonChecker.missingMessage)")
        let rows = try python.csvRows(at: path)
        #expect(rows.first == ["id", "kind", "label", "section", "section_label", "mentions", "cases"])
        #expect(rows.contains(["ancrage", "theme", "L'ancrage dans la communauté et son territoire élargi", "", "", "4", "2"]))
        #expect(rows.contains(["ancrage", "theme", "L'ancrage dans la communauté et son territoire élargi", "developpement", "En développement", "2", "2"]))
        #expect(rows.contains(["gouvernance", "theme", "La gouvernance démocratique 🗳️ 民主", "demarrage", "Au démarrage", "1", "1"]))
    }

    @Test("the summary JSON validates against the schema interview schema --summary prints, and hand-broken ones do not")
    func schema() throws {
        let python = try #require(PythonChecker.found, "\(PythonChecker.missingMessage)")
        let schema = try environment.run(["schema", "--summary"], timeout: 10)
        try #require(schema.status == 0)
        try schema.stdout.write(toFile: environment.path("summary.schema.json"), atomically: true, encoding: .utf8)
        for arguments in [[], ["--agreement", "ana", "léo"], ["--theme", "gouvernance"]] {
            let summary = try environment.run(["summary", "-f", "json"] + arguments, timeout: 20)
            try summary.stdout.write(toFile: environment.path("summary.json"), atomically: true, encoding: .utf8)
            let checked = try python.validate(recordsAt: environment.path("summary.json"), schemaAt: environment.path("summary.schema.json"), lines: false)
            #expect(checked.problems.isEmpty && checked.count == 1, "\(arguments): \(checked.problems)")
        }
        let good = try json(["--agreement", "ana", "léo"])
        let breakages: [(String, ([String: Any]) -> [String: Any])] = [
            ("mentions as text", { var copy = $0; var themes = copy["themes"] as? [[String: Any]] ?? []; themes[0]["mentions"] = "quatre"; copy["themes"] = themes; return copy }),
            ("no unknown_codes", { var copy = $0; copy["unknown_codes"] = nil; return copy }),
            ("a segment without its case", { var copy = $0; var themes = copy["themes"] as? [[String: Any]] ?? []
                var segments = themes[0]["segments"] as? [[String: Any]] ?? []; segments[0]["case"] = nil; themes[0]["segments"] = segments
                copy["themes"] = themes; return copy }),
            ("kappa as text", { var copy = $0; var agreement = copy["agreement"] as? [String: Any] ?? [:]
                var overall = agreement["overall"] as? [String: Any] ?? [:]; overall["kappa"] = "0,4"; agreement["overall"] = overall
                copy["agreement"] = agreement; return copy }),
            ("a group without options", { var copy = $0; var profile = copy["profile"] as? [String: [String: Any]] ?? [:]
                profile["statut"]?["groups"] = [["count": 2, "label": "Coopératives", "options": [String]()]]; copy["profile"] = profile; return copy }),
        ]
        for (name, breaking) in breakages {
            let data = try JSONSerialization.data(withJSONObject: breaking(good))
            try data.write(to: URL(fileURLWithPath: environment.path("broken.json")))
            let checked = try python.validate(recordsAt: environment.path("broken.json"), schemaAt: environment.path("summary.schema.json"), lines: false)
            #expect(!checked.problems.isEmpty, "\(name) was accepted")
        }
    }

    @Test("on an 80-column terminal the Markdown carries a coloured bar chart, every line within 80 columns with accents and wide characters")
    func chart() throws {
        let terminal = try environment.spawn(["summary"], columns: 80, rows: 40)
        #expect(try terminal.expectExit() == 0)
        #expect(terminal.output.contains("\u{1B}[36m█"), "coloured on a terminal")
        let bars = terminal.strippedText().split(separator: "\n").map { $0.replacingOccurrences(of: "\r", with: "") }.filter { $0.contains("█") && !$0.hasPrefix("Mentions par thème") }
        try #require(bars.count == 2, "\(terminal.strippedText())")
        for line in bars { #expect(Self.columns(line) <= 80, "\(line)") }
        // Four mentions by two cases: the longest bar, half of it solid; the label cut with « … ».
        #expect(bars[0].hasPrefix("L'ancrage dans la commun") && bars[0].contains("… "))
        #expect(bars[0].hasSuffix("4 · 2"))
        #expect(bars[1].hasSuffix("1 · 1"))
        #expect(bars[0].filter { $0 == "█" }.count * 2 == bars[0].filter { $0 == "█" || $0 == "░" }.count)
        // The bars start in the same column whatever the labels' accents and wide characters.
        let starts = bars.map { line in Self.columns(String(line.prefix { $0 != "█" })) }
        #expect(Set(starts).count == 1, "\(starts)")
        let plain = try environment.spawn(["summary"], environment: ["NO_COLOR": "1"], columns: 80, rows: 40)
        #expect(try plain.expectExit() == 0)
        #expect(plain.output.contains("█") && !plain.output.contains("\u{1B}[36m"))
        let piped = try environment.run(["summary"], timeout: 20)
        #expect(!piped.stdout.contains("█"), "no chart in the Markdown written to a pipe")
        let chart = try environment.run(["summary", "-f", "chart"], environment: ["COLUMNS": "60"], timeout: 20)
        #expect(chart.stdout.contains("4 · 2") && !chart.stdout.contains("\u{1B}["))
        #expect(chart.stdout.hasPrefix("\nMentions par thème"))
        #expect(terminal.strippedText().contains("Mentions par thème : █░ mentions, █ cas distincts (mentions · cas)"))
        for line in chart.stdout.split(separator: "\n") where line.contains("█") { #expect(Self.columns(String(line)) <= 60) }
    }

    /// Terminal columns of a line: two for CJK and emoji, none for combining marks and variation selectors.
    static func columns(_ text: String) -> Int {
        text.reduce(0) { total, character in
            let scalars = character.unicodeScalars
            guard let first = scalars.first else { return total }
            if scalars.contains(where: { $0.value == 0xFE0F }) || first.properties.isEmojiPresentation
                || (0x4E00...0x9FFF).contains(first.value) { return total + 2 }
            return total + 1
        }
    }
}
