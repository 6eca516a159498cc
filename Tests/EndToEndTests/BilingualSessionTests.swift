import Foundation
import Testing

/// A grid written in French and English runs in the session's language (`--lang`, or `LANG`
/// when the grid has it), the case records it, and its fiche and record are written in it;
/// the data — choice ids — is the same whatever the language.
@Suite("Sessions on a grid in two languages", .serialized)
struct BilingualSessionTests {
    private let environment: TestEnvironment

    static let grid = """
        grid: bilingue
        version: 1
        language: fr
        languages: [fr, en]
        title: {fr: "Entreprendre ensemble", en: "Starting up together"}
        title_from: nom
        sections:
          - id: profil
            title: {fr: "Profil", en: "Profile"}
            questions:
              - {id: nom, text: {fr: "Nom de l'organisation?", en: "Name of the organisation?"}, type: text}
              - id: statut
                text: {fr: "Quel est le statut juridique?", en: "What is the legal status?"}
                help: {fr: "Par exemple : coopérative.", en: "For example: co-operative."}
                type: choice
                choices:
                  - {id: coop, label: {fr: "Coopérative", en: "Co-operative"}}
                  - {id: obnl, label: {fr: "OBNL", en: "Non-profit"}}
              - id: employes
                text: {fr: "Combien d'employé·e·s?", en: "How many employees?"}
                type: integer
                unit: {singular: {fr: employé·e, en: employee}, plural: {fr: employé·e·s, en: employees}}
        case_file:
          - title: {fr: "Portrait", en: "Profile"}
            entries:
              - heading: {fr: "Équipe", en: "Team"}
                lines:
                  - {fr: "Elle compte {employes}.", en: "It has {employes}."}
        """

    init() throws {
        environment = try TestEnvironment()
        try Self.grid.write(toFile: environment.path("bilingue.yaml"), atomically: true, encoding: .utf8)
    }

    private func interview(_ caseID: String, _ input: String, arguments: [String] = [], environment extra: [String: String] = [:]) throws -> ProcessResult {
        try environment.run(["new", "--grid", environment.path("bilingue.yaml"), "--case", caseID] + arguments, stdin: input,
                            environment: extra, timeout: 10)
    }

    @Test("--lang en asks the questions in English, and the case's fiche and record are English")
    func english() throws {
        defer { environment.remove() }
        let run = try interview("green", "Green Roots “Co-op” 🌱\n2\nabout 40\n", arguments: ["--lang", "en"])
        #expect(run.status == 0, "\(run.stderr)")
        #expect(run.stdout.contains("What is the legal status?") && run.stdout.contains("For example: co-operative."))
        #expect(!run.stdout.contains("Quel est le statut"))
        let fiche = try environment.run(["export", "green", "-f", "markdown"])
        #expect(fiche.stdout.contains("## Profile") && fiche.stdout.contains("### Team"))
        // A number and its unit are held together by a no-break space.
        #expect(fiche.stdout.replacingOccurrences(of: "\u{A0}", with: " ").contains("It has about 40 employees."), "\(fiche.stdout)")
        let record = try environment.run(["export", "green", "-f", "json"])
        let json = try #require(try JSONSerialization.jsonObject(with: Data(record.stdout.utf8)) as? [String: Any])
        #expect((json["grid"] as? [String: Any])?["language"] as? String == "en")
        #expect(record.stdout.contains("\"id\" : \"obnl\"") && record.stdout.contains("Non-profit"))
    }

    @Test("without --lang, an English LANG picks English on a grid written in it; French is the default")
    func environmentLanguage() throws {
        defer { environment.remove() }
        let english = try interview("anglais", "Roots\n1\n3\n", environment: ["LANG": "en_CA.UTF-8", "LC_ALL": ""])
        #expect(english.stdout.contains("What is the legal status?"), "\(english.stdout)")
        let french = try interview("francais", "Racines\n1\n3\n")
        #expect(french.stdout.contains("Quel est le statut juridique?"))
    }

    @Test("a French case and an English case hold the same choice ids; --lang en writes the French case's fiche in English")
    func sameData() throws {
        defer { environment.remove() }
        #expect(try interview("fr1", "Racines\n1\n1\n").status == 0)
        #expect(try interview("en1", "Roots\n1\n1\n", arguments: ["--lang", "en"]).status == 0)
        let csv = try environment.run(["export", "--all", "-f", "csv"])
        #expect(csv.stdout.components(separatedBy: ",coop,answered,").count == 3, "both cases hold the id `coop`: \(csv.stdout)")
        let fiche = try environment.run(["export", "fr1", "-f", "markdown", "--lang", "en"])
        #expect(fiche.stdout.replacingOccurrences(of: "\u{A0}", with: " ").contains("It has 1 employee."), "\(fiche.stdout)")
        #expect(fiche.stdout.contains("### What is the legal status?\n\nCo-operative"), "the record's questions and labels in English too")
    }
}
