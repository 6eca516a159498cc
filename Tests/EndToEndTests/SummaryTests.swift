import Foundation
import Testing

/// `interview summary`: the profile of the set of cases — counts per option, the spread of
/// numbers, cases by grid, status and interviewer — leaving out cases without publication consent.
@Suite("Summary of the cases", .serialized)
struct SummaryTests {
    private let environment: TestEnvironment

    static let grid = """
        grid: profil
        version: 2
        language: fr
        consent: {interview: entretien, publication: fiche}
        sections:
          - id: s
            title: "Entretien"
            questions:
              - {id: nom, text: "Nom de l'organisation?", type: text}
              - {id: entretien, text: "Acceptez-vous l'entretien?", type: yesno, fiche: false}
              - {id: fiche, text: "Acceptez-vous la publication de la fiche?", type: yesno, fiche: false}
              - {id: statut, text: "Statut?", label: "Statut juridique", type: choice, choices: [Coopérative de solidarité, OBNL, Entreprise privée]}
              - {id: activites, text: "Activités?", label: "Activités", type: multichoice, choices: [Serre, Local, Camion]}
              - {id: aga, text: "AGA tenue?", label: "AGA", type: yesno}
              - {id: membres, text: "Combien de membres?", label: "Membres", type: integer}
        """

    /// Four cases counted (one skips the AGA question), one without publication consent whose
    /// 1000 members must not reach the maximum.
    static let cases: [(id: String, interviewer: String?, input: String)] = [
        ("a", "Zoé", "Coop « Étoile » 😀\noui\noui\n1\n1 3\noui\n10\n"),
        ("b", "Zoé", "Le Marché\noui\noui\n1\n2\nnon\n20\n"),
        ("c", nil, "La Serre\noui\noui\n2\n1\n/passer\n30\n"),
        ("d", nil, "Secrète\noui\nnon\n3\n1\noui\n1000\n"),
        ("e", nil, "Cuisine\noui\noui\n1\n1 2\nnon\n40\n"),
    ]

    init() throws {
        environment = try TestEnvironment()
        try Self.grid.write(toFile: environment.path("profil.yaml"), atomically: true, encoding: .utf8)
        for item in Self.cases {
            let arguments = ["new", "--grid", environment.path("profil.yaml"), "--case", item.id] + (item.interviewer.map { ["--interviewer", $0] } ?? [])
            let result = try environment.run(arguments, stdin: item.input, timeout: 10)
            try #require(result.status == 0, "\(item.id): \(result.stderr)")
        }
    }

    private func json() throws -> [String: Any] {
        let result = try environment.run(["summary", "-f", "json"], timeout: 20)
        try #require(result.status == 0, "\(result.stderr)")
        return try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
    }

    @Test("JSON parses and counts each option, multichoice options each, yes and no, and no answer")
    func counts() throws {
        let summary = try json()
        #expect(summary["cases"] as? Int == 4)
        let profile = try #require(summary["profile"] as? [String: [String: Any]])
        func counts(_ id: String) -> [String: Int] {
            let options = profile[id]?["options"] as? [[String: Any]] ?? []
            return Dictionary(uniqueKeysWithValues: options.compactMap { option in
                (option["label"] as? String).flatMap { label in (option["count"] as? Int).map { (label, $0) } }
            })
        }
        #expect(counts("statut") == ["Coopérative de solidarité": 3, "OBNL": 1, "Entreprise privée": 0])
        #expect(counts("activites") == ["Serre": 3, "Local": 2, "Camion": 1])
        #expect(counts("aga") == ["Oui": 1, "Non": 2])
        #expect(profile["aga"]?["no_answer"] as? Int == 1)
        #expect(profile["statut"]?["no_answer"] as? Int == 0)
        #expect(profile["nom"] == nil, "text questions are not profiled")
        #expect(summary["by_status"] as? [String: Int] == ["completed": 4])
        #expect(summary["by_grid"] as? [String: Int] == ["profil v2": 4])
        #expect(summary["by_interviewer"] as? [String: Int] == ["Zoé": 2, "": 2])
    }

    @Test("a numeric question gives n, min, max and the median of an even number of cases")
    func numbers() throws {
        let membres = try #require((try json()["profile"] as? [String: [String: Any]])?["membres"])
        #expect(membres["n"] as? Int == 4)
        #expect(membres["min"] as? Double == 10)
        #expect(membres["median"] as? Double == 25)
        #expect(membres["max"] as? Double == 40, "the case without consent (1000) is not counted")
    }

    @Test("a case without publication consent is counted apart and said, in JSON and in Markdown")
    func excluded() throws {
        let excluded = try #require(try json()["excluded"] as? [String: Any])
        #expect(excluded["count"] as? Int == 1)
        #expect(excluded["reason"] as? String == "no_publication_consent")
        let markdown = try environment.run(["summary"], timeout: 20)
        #expect(markdown.stdout.contains("1 cas laissé de côté : pas de consentement à la publication."))
        #expect(!markdown.stdout.contains("Secrète") && !markdown.stdout.contains("1000"))
    }

    @Test("JSON keys come in byte order, as in every JSON the project writes")
    func keyOrder() throws {
        let result = try environment.run(["summary", "-f", "json"], timeout: 20)
        let topKeys = result.stdout.split(separator: "\n").filter { $0.hasPrefix("  \"") }.map { $0.split(separator: "\"")[1] }
        #expect(topKeys == ["by_grid", "by_interviewer", "by_status", "cases", "excluded", "profile", "themes", "unknown_codes"])
        #expect(result.stdout.range(of: "\"activites\"")!.lowerBound < result.stdout.range(of: "\"aga\"")!.lowerBound)
    }

    @Test("Markdown is in the grid's language, with a table per question and numbers written as it writes them, or in English with --lang en")
    func markdownLanguages() throws {
        let french = try environment.run(["summary", "-f", "markdown"], timeout: 20)
        #expect(french.status == 0)
        #expect(french.stdout.contains("## Statut juridique\n\n| Réponse | Cas |\n|---|---:|\n| Coopérative de solidarité | 3 |\n| OBNL | 1 |\n| Entreprise privée | 0 |\n| Sans réponse | 0 |"))
        #expect(french.stdout.contains("| 4 | 10 | 25 | 40 | 0 |"))
        #expect(french.stdout.contains("Cas : 4"))
        let english = try environment.run(["summary", "--lang", "en"], timeout: 20)
        #expect(english.stdout.contains("# Profile of the cases"))
        #expect(english.stdout.contains("| Yes | 1 |\n| No | 2 |\n| No answer | 1 |"))
        #expect(english.stdout.contains("1 case left out: no consent to publication."))
        for (caseID, members) in [("f", 11), ("g", 1)] {
            let added = try environment.run(["new", "--grid", environment.path("profil.yaml"), "--case", caseID],
                                            stdin: "Demi\noui\noui\n2\n3\nnon\n\(members)\n", timeout: 10)
            try #require(added.status == 0, "\(added.stderr)")
        }
        // 1, 10, 11, 20, 30, 40: the median 15.5 is written as each language writes it.
        #expect(try environment.run(["summary"], timeout: 20).stdout.contains("| 6 | 1 | 15,5 | 40 | 0 |"))
        #expect(try environment.run(["summary", "--lang", "en"], timeout: 20).stdout.contains("| 6 | 1 | 15.5 | 40 | 0 |"))
    }

    @Test("CSV is one count a row that Python's csv module reads, written whole to --output")
    func csv() throws {
        let path = environment.path("profil.csv")
        let result = try environment.run(["summary", "-f", "csv", "-o", path], timeout: 20)
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.isEmpty)
        let script = """
            import csv, sys
            rows = list(csv.DictReader(open(sys.argv[1], newline='', encoding='utf-8')))
            for r in rows: print(r['question'] + '|' + r['option'] + '|' + r['label'] + '|' + r['count'])
            """
        let python = try ProcessRun.run(executable: "/usr/bin/env", arguments: ["python3", "-c", script, path],
                                        environment: ProcessInfo.processInfo.environment, timeout: 30)
        try #require(python.status == 0, "\(python.stderr)")
        let lines = python.stdout.split(separator: "\n").map(String.init)
        #expect(lines.contains("_cases||Cas|4"))
        #expect(lines.contains("_excluded|no_publication_consent|1 cas laissé de côté : pas de consentement à la publication.|1"))
        #expect(lines.contains("activites|serre|Serre|3"))
        #expect(lines.contains("aga|true|Oui|1"))
        #expect(lines.contains("aga|no_answer|Sans réponse|1"))
        #expect(lines.contains("membres|median|Médiane|25"))
        #expect(lines.contains("membres|n|Réponses|4"))
    }

    @Test("a journal copied under another name is refused as export --all refuses it, and no --output file appears")
    func plantedJournal() throws {
        let journal = try String(contentsOfFile: environment.responses + "/a.jsonl", encoding: .utf8)
        try journal.write(toFile: environment.responses + "/z.jsonl", atomically: false, encoding: .utf8)
        let export = try environment.run(["export", "--all", "-f", "json"], timeout: 20)
        let path = environment.path("profil.json")
        let summary = try environment.run(["summary", "-f", "json", "-o", path], timeout: 20)
        #expect(export.status != 0)
        #expect(summary.status == export.status && summary.stderr == export.stderr, "\(summary.stderr)")
        #expect(summary.stderr.contains("z.jsonl"))
        #expect(!FileManager.default.fileExists(atPath: path))
    }
}
