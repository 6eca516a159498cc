import Foundation
import Testing

/// `export --anonymise` on a case interviewed through a pipe leaves no name behind: a rank
/// piped from a personal list is left out with it, and every note and quote goes unless
/// `--keep-notes` is given — in the JSON record, the fiche, the wide CSV and the long CSV.
@Suite("Anonymised exports end to end", .serialized)
struct AnonymisedExportEndToEndTests {
    private let environment: TestEnvironment

    /// A personal list of founders and a rank piped from it, with nothing marked on the rank.
    private static let grid = """
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

    /// A quote at the first question, the founders, their ranking, a note at the mission.
    private static let input = """
        /citation Benoît Côté : « c'est notre maison »
        Coop « Les Jardins » 🌱
        Alice Tremblay
        Benoît Côté

        2 1
        /note Alice a dit : tout repose sur les bénévoles
        Nourrir le quartier

        """

    private static let names = ["Alice", "Tremblay", "Benoît", "Côté"]

    init() throws {
        environment = try TestEnvironment()
        try Self.grid.write(toFile: environment.path("fondateurs.yaml"), atomically: true, encoding: .utf8)
        let result = try environment.run(["new", "--grid", environment.path("fondateurs.yaml"), "--case", "jardins"],
                                         stdin: Self.input, timeout: 10)
        try #require(result.status == 0, "new: \(result.stderr)")
    }

    private func export(_ arguments: [String]) throws -> ProcessResult {
        let result = try environment.run(["export", "jardins"] + arguments, timeout: 30)
        #expect(result.status == 0, "export \(arguments): \(result.stderr)")
        return result
    }

    /// A new file in a `checks` folder of the environment.
    private func checkPath(_ name: String) throws -> String {
        let folder = environment.path("checks")
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        return folder + "/\(UUID().uuidString)-\(name)"
    }

    @Test("grid check accepts the grid: a rank piped from a personal list is personal without saying so")
    func gridCheckAccepts() throws {
        defer { environment.remove() }
        let result = try environment.run(["grid", "check", environment.path("fondateurs.yaml")], timeout: 10)
        #expect(result.status == 0, "\(result.stderr)")
    }

    @Test("--anonymise leaves no founder's name and no note or quote in the JSON, the fiche with notes, the wide CSV or the long CSV")
    func noNameAnywhere() throws {
        defer { environment.remove() }
        let formats = [["--format", "json"], ["--format", "markdown", "--with-notes"], ["--format", "csv"], ["--format", "csv", "--long"]]
        for format in formats {
            let text = try export(format + ["--anonymise"]).stdout
            for name in Self.names { #expect(!text.contains(name), "\(format) leaks \(name)") }
            #expect(!text.contains("piliers") && !text.contains("bénévoles") && !text.contains("notre maison"), "\(format)")
            #expect(text.contains("Nourrir le quartier"), "\(format) keeps the mission")
        }
        // Not anonymised, the same exports have everything, so the checks above can fail.
        let json = try export(["--format", "json"]).stdout
        #expect(json.contains("Alice Tremblay") && json.contains("bénévoles") && json.contains("notre maison"))
    }

    @Test("--anonymise --keep-notes keeps the notes and quotes but not the piped rank; the record is valid")
    func keepNotes() throws {
        defer { environment.remove() }
        let json = try export(["--format", "json", "--anonymise", "--keep-notes"]).stdout
        #expect(json.contains("tout repose sur les bénévoles"))
        #expect(json.contains("c'est notre maison"))
        #expect(!json.contains("piliers") && !json.contains("\"Alice Tremblay\""))
        let markdown = try export(["--format", "markdown", "--with-notes", "--anonymise", "--keep-notes"]).stdout
        #expect(markdown.contains("tout repose sur les bénévoles"))
        let python = try #require(PythonChecker.found, "\(PythonChecker.missingMessage)")
        let schema = try environment.run(["schema"], timeout: 10)
        let schemaPath = try checkPath("schema.json"), recordPath = try checkPath("record.json")
        try schema.stdout.write(toFile: schemaPath, atomically: true, encoding: .utf8)
        try json.write(toFile: recordPath, atomically: true, encoding: .utf8)
        let (problems, count) = try python.validate(recordsAt: recordPath, schemaAt: schemaPath, lines: false)
        #expect(problems == [] && count == 1)
    }

    @Test("--keep-notes without --anonymise is a usage error (64) naming both; --help explains the rule")
    func keepNotesAlone() throws {
        defer { environment.remove() }
        let result = try environment.run(["export", "jardins", "--format", "json", "--keep-notes"], timeout: 10)
        #expect(result.status == 64)
        #expect(result.stderr.contains("--keep-notes") && result.stderr.contains("--anonymise"))
        #expect(result.stdout.isEmpty)
        let help = try environment.run(["export", "--help"], timeout: 10)
        #expect(help.stdout.contains("--keep-notes"))
        #expect(help.stdout.contains("every note and quote"))
    }
}
