import Foundation
import Testing

/// The grid's consent questions decide which fiches are written: a case without consent to
/// publish gets none from `export --format markdown` or `show` unless `--include-unpublished`;
/// JSON and CSV keep every case, with its consent.
@Suite("Consent to publish a fiche", .serialized)
struct ConsentTests {
    private let environment: TestEnvironment

    static let grid = """
        grid: consentement
        version: 1
        language: fr
        title_from: nom
        consent: {interview: entretien, publication: fiche}
        sections:
          - id: s
            title: "Entretien"
            questions:
              - {id: nom, text: "Nom de l'organisation?", type: text}
              - {id: entretien, text: "Acceptez-vous l'entretien?", type: yesno, fiche: false}
              - {id: fiche, text: "Acceptez-vous la publication de la fiche?", type: yesno, fiche: false}
              - {id: mission, text: "Mission?", label: "Mission", type: text}
        case_file:
          - title: "En bref"
            entries:
              - heading: "Mission"
                lines: ["Mission : {mission}"]
        """

    init() throws {
        environment = try TestEnvironment()
        try Self.grid.write(toFile: environment.path("consentement.yaml"), atomically: true, encoding: .utf8)
        for (caseID, input) in [("publiee", "Coop Publiée\noui\noui\nNourrir la MRC\n"),
                                ("privee", "Coop Privée\noui\nnon\nNourrir la *ville* en secret\n")] {
            let result = try environment.run(["new", "--grid", environment.path("consentement.yaml"), "--case", caseID], stdin: input, timeout: 10)
            try #require(result.status == 0, "\(caseID): \(result.stderr)")
        }
    }

    @Test("export --all --format markdown leaves out the case without publication consent and names it on stderr")
    func exportLeavesItOut() throws {
        let result = try environment.run(["export", "--all", "-f", "markdown"], timeout: 20)
        #expect(result.status == 0)
        #expect(result.stdout.contains("# Coop Publiée"))
        #expect(!result.stdout.contains("Privée") && !result.stdout.contains("secret"))
        #expect(result.stderr.contains("privee") && result.stderr.contains("--include-unpublished"))
    }

    @Test("--include-unpublished writes it, marked not for publication; a folder gets one file each")
    func includeUnpublished() throws {
        let folder = environment.path("fiches")
        let result = try environment.run(["export", "--all", "-f", "markdown", "--include-unpublished", "-o", folder + "/"], timeout: 20)
        #expect(result.status == 0, "\(result.stderr)")
        let privee = try String(contentsOfFile: folder + "/privee.md", encoding: .utf8)
        #expect(privee.contains("# Coop Privée\n\n**Ne pas publier :"))
        #expect(privee.contains("Mission : Nourrir la \\*ville\\* en secret"))
        #expect(privee.hasPrefix("---\ntitle: \"Coop Privée\"\ncase: \"privee\"\ngrid: \"consentement\"\n"))
        #expect(!(try String(contentsOfFile: folder + "/publiee.md", encoding: .utf8)).contains("Ne pas publier"))
    }

    @Test("show says why there is no fiche, in the interface language, unless --include-unpublished")
    func show() throws {
        let refused = try environment.run(["show", "privee", "--lang", "en"], timeout: 10)
        #expect(refused.stdout.isEmpty)
        #expect(refused.stderr.contains("No fiche for privee: the respondent did not consent to its publication"))
        let shown = try environment.run(["show", "privee", "--include-unpublished"], timeout: 10)
        #expect(shown.stdout.contains("Ne pas publier"))
        #expect(shown.stdout.contains("Nourrir la *ville* en secret"), "typed text shown as typed")
    }

    @Test("JSON and CSV keep every case, with its consent")
    func dataKeepsEveryCase() throws {
        let json = try environment.run(["export", "--all", "-f", "jsonl"], timeout: 20)
        let records = json.stdout.split(separator: "\n").compactMap { try? JSONSerialization.jsonObject(with: Data($0.utf8)) as? [String: Any] }
        #expect(records.count == 2)
        let consents = records.compactMap { $0["consent"] as? [String: Bool] }
        #expect(consents == [["interview": true, "publication": false], ["interview": true, "publication": true]])
        let csv = try environment.run(["export", "--all", "-f", "csv"], timeout: 20)
        #expect(csv.stdout.split(whereSeparator: \.isNewline).count == 3)
        #expect(csv.stdout.contains("Coop Privée"))
    }

    @Test("--include-unpublished goes with markdown only")
    func onlyMarkdown() throws {
        let result = try environment.run(["export", "--all", "-f", "csv", "--include-unpublished"], timeout: 10)
        #expect(result.status == 64)
    }
}
