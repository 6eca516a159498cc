import Foundation
import Testing

/// `grid check -` and `grid show -` read the grid from standard input, and name it `<stdin>`.
@Suite("Grids read from standard input", .serialized)
struct GridFromStandardInputTests {
    private let environment: TestEnvironment

    init() throws {
        environment = try TestEnvironment()
    }

    /// A grid with an unknown type on line 7 and a condition naming a later question on line 9.
    private static let broken = """
        grid: cassee
        version: 1
        sections:
          - id: a
            title: "Première section « ébauche »"
            questions:
              - {id: q1, text: "Quel type?", type: peut-être}
              - id: q2
                when: q3 == yes
                text: "Ensuite?"
                type: yesno
              - {id: q3, text: "Plus tard?", type: yesno}

        """

    @Test("grid check - checks the grid piped in and names it <stdin> in its summary")
    func checkGood() throws {
        defer { environment.remove() }
        let result = try environment.run(["grid", "check", "-"], stdin: SmallGrid.yaml, timeout: 10)
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.hasPrefix("<stdin> : grille « petite » v1 correcte"), "\(result.stdout)")
    }

    @Test("grid check - says each problem of the grid piped in as <stdin>:LINE:COL, exit 65")
    func checkBroken() throws {
        defer { environment.remove() }
        let result = try environment.run(["grid", "check", "-"], stdin: Self.broken, timeout: 10)
        #expect(result.status == 65)
        #expect(result.stdout == "")
        let lines = result.stderr.split(separator: "\n")
        #expect(lines.contains { $0.hasPrefix("<stdin>:7:") && $0.contains("peut-être") }, "\(result.stderr)")
        #expect(lines.contains { $0.hasPrefix("<stdin>:9:") }, "\(result.stderr)")
    }

    @Test("grid check - beside a file checks both; nothing piped is an empty grid")
    func checkWithFileAndEmpty() throws {
        defer { environment.remove() }
        let path = try SmallGrid.write(in: environment)
        let both = try environment.run(["grid", "check", path, "-"], stdin: Self.broken, timeout: 10)
        #expect(both.status == 65)
        #expect(both.stdout.contains(path))
        #expect(both.stderr.contains("<stdin>:7:"))
        let empty = try environment.run(["grid", "check", "-"], stdin: "", timeout: 10)
        #expect(empty.status == 65)
        #expect(empty.stderr.hasPrefix("<stdin>:1:1:"), "\(empty.stderr)")
    }

    @Test("grid show - prints the outline of the grid piped in")
    func show() throws {
        defer { environment.remove() }
        let result = try environment.run(["grid", "show", "-"], stdin: SmallGrid.yaml, timeout: 10)
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.hasPrefix("Petite grille (petite v1)"), "\(result.stdout)")
        #expect(result.stdout.contains("Nom de l'organisme?"))
    }
}
