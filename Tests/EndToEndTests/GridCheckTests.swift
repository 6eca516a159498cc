import Foundation
import Testing

/// `interview grid check`, `interview grid show`, messages in English, and `--help`.
@Suite("Checking and showing grids")
struct GridCheckTests {
    /// The repository's root, from this file's path (Tests/EndToEndTests/GridCheckTests.swift).
    private static let repositoryRoot = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    private static let builtInGridPath = repositoryRoot.appendingPathComponent("grids/territoires-nourriciers.yaml").path

    /// A grid with four mistakes: an unknown type (line 9), a condition naming an unknown
    /// question (line 13), a question without text and with a duplicate id (line 14).
    private static let badGrid = """
        grid: mauvaise
        version: 1
        sections:
          - id: s
            title: S
            questions:
              - id: a
                text: "A?"
                type: texte
              - id: b
                text: "B?"
                type: yesno
                when: "c == yes"
              - id: a
                type: text

        """

    private let environment: TestEnvironment

    init() throws {
        environment = try TestEnvironment()
        try Self.badGrid.write(toFile: environment.path("mauvaise.yaml"), atomically: true, encoding: .utf8)
    }

    @Test("grid check on the repository's grid exits 0 with a summary line")
    func repositoryGridIsValid() throws {
        defer { environment.remove() }
        let result = try environment.run(["grid", "check", Self.builtInGridPath], timeout: 5)
        #expect(result.status == 0, "\(result.stderr)")
        let lines = result.stdout.split(separator: "\n")
        #expect(lines.count == 1)
        #expect(lines.first?.hasPrefix(Self.builtInGridPath) == true)
        #expect(lines.first?.contains("territoires-nourriciers") == true)
        #expect(lines.first?.contains("61 questions") == true)
        #expect(result.stderr.isEmpty)
    }

    @Test("grid check on a bad grid exits 65 and reports every error with file, line and column")
    func badGridReportsEveryError() throws {
        defer { environment.remove() }
        let result = try environment.run(["grid", "check", "mauvaise.yaml"], timeout: 5)
        #expect(result.status == 65)
        #expect(result.stdout.isEmpty)
        for position in ["mauvaise.yaml:9:15: ", "mauvaise.yaml:13:15: ", "mauvaise.yaml:14:9: ", "mauvaise.yaml:14:13: "] {
            #expect(result.stderr.contains(position), "\(position) in \(result.stderr)")
        }
        #expect(result.stderr.contains("`text`"), "the unknown type gets a suggestion")
    }

    @Test("grid check prints each error of a bad grid on its own line as FILE:LINE:COL: message")
    func badGridErrorsAreOnePerLine() throws {
        defer { environment.remove() }
        let result = try environment.run(["grid", "check", "mauvaise.yaml"], timeout: 5)
        #expect(result.status == 65)
        let lines = result.stderr.split(separator: "\n").map(String.init)
        #expect(lines.count == 4, "\(result.stderr)")
        let pattern = #/^mauvaise\.yaml:\d+:\d+: \S.*$/#
        for line in lines {
            #expect(line.wholeMatch(of: pattern) != nil, "\(line)")
        }
        #expect(!result.stderr.contains("^J"))
    }

    @Test("grid check on a missing file exits 66 naming it")
    func missingGridFile() throws {
        defer { environment.remove() }
        let result = try environment.run(["grid", "check", "absente.yaml"], timeout: 5)
        #expect(result.status == 66)
        #expect(result.stderr.contains("absente.yaml"))
    }

    @Test("grid show prints the built-in grid's outline with numbered questions")
    func gridShowPrintsTheOutline() throws {
        defer { environment.remove() }
        let result = try environment.run(["grid", "show"], timeout: 5)
        #expect(result.status == 0)
        let lines = result.stdout.split(separator: "\n").map(String.init)
        #expect(lines.first?.contains("territoires-nourriciers v1") == true)
        #expect(lines.contains("Identification"))
        #expect(lines.contains("   1. nom_organisation — Quel est le nom de l'organisme/entreprise?"))
        #expect(lines.contains { $0.hasPrefix("  61. site_web — ") })
        let numbered = lines.filter { $0.wholeMatch(of: #/ {2,3}\d{1,2}\. [a-z_]+ — .+/#) != nil }
        #expect(numbered.count == 61)
    }

    @Test("--lang en gives English messages")
    func englishMessages() throws {
        defer { environment.remove() }
        let check = try environment.run(["grid", "check", "--lang", "en", Self.builtInGridPath], timeout: 5)
        #expect(check.status == 0)
        #expect(check.stdout.contains("is valid"))
        let bad = try environment.run(["grid", "check", "--lang", "en", "mauvaise.yaml"], timeout: 5)
        #expect(bad.status == 65)
        #expect(bad.stderr.contains("unknown question type `texte`"), "\(bad.stderr)")
        let missing = try environment.run(["grid", "check", "--lang", "en", "absente.yaml"], timeout: 5)
        #expect(missing.stderr.contains("Grid not found"), "\(missing.stderr)")
        let show = try environment.run(["grid", "show", "--lang", "en"], timeout: 5)
        #expect(show.stdout.contains("(text, required)"))
        let interview = try environment.run(["new", "--case", "en", "--lang", "en"], stdin: "Coop\n", timeout: 5)
        #expect(interview.status == 0)
        #expect(interview.stdout.contains("question 1 of 61"))
        #expect(interview.stderr.contains("Interview paused. To resume: interview resume en"))
    }

    @Test("interview --help lists the subcommands")
    func helpListsSubcommands() throws {
        defer { environment.remove() }
        let result = try environment.run(["--help"], timeout: 5)
        #expect(result.status == 0)
        for name in ["new", "resume", "list", "delete", "grid"] {
            #expect(result.stdout.contains("\n  \(name) "), "\(name) in \(result.stdout)")
        }
        let grid = try environment.run(["grid", "--help"], timeout: 5)
        #expect(grid.stdout.contains("check"))
        #expect(grid.stdout.contains("show"))
    }
}
