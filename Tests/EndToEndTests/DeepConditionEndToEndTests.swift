import Foundation
import Testing

/// Grids whose `when` is nested very deep or chained very long, through the built program:
/// `grid check` and `new` crashed (stack overflow) on both before nesting was limited and
/// chains were read term by term.
@Suite("Deep and long conditions, end to end")
struct DeepConditionEndToEndTests {
    /// A grid asking `b` when `condition` holds; `when:` is on line 13, the condition starts at column 15.
    private static func grid(when condition: String) -> String {
        """
        grid: profonde
        version: 1
        language: fr
        sections:
          - id: s
            title: "Conditions extrêmes"
            questions:
              - {id: a, text: "Financement solidaire?", type: yesno}
              - {id: n, text: "Nombre d'employé·e·s?", type: integer, unit: employé·e·s}
              - id: b
                text: "Lesquels?"
                type: text
                when: \(condition)

        """
    }

    private let environment: TestEnvironment

    init() throws {
        environment = try TestEnvironment()
    }

    @Test("grid check reports 15 000 nested parentheses and 50 000 `not` at the line and column past the limit, and new refuses them")
    func deepNestingIsReported() throws {
        defer { environment.remove() }
        let parentheses = String(repeating: "(", count: 15_000) + "a == oui" + String(repeating: ")", count: 15_000)
        try Self.grid(when: "\"\(parentheses)\"").write(toFile: environment.path("parentheses.yaml"), atomically: true, encoding: .utf8)
        try Self.grid(when: String(repeating: "not ", count: 50_000) + "a == oui")
            .write(toFile: environment.path("not.yaml"), atomically: true, encoding: .utf8)

        let english = try environment.run(["grid", "check", "--lang", "en", "parentheses.yaml"], timeout: 30)
        #expect(english.status == 65, "\(english.stderr)")
        // The quote is at column 15: the 101st parenthesis is at 16 + 100.
        #expect(english.stderr == "parentheses.yaml:13:116: `when` condition: more than 100 levels of parentheses and `not` nested; remove those not needed (`((a == yes))` is `a == yes`, and so is `not not a == yes`)\n")

        let french = try environment.run(["grid", "check", "--lang", "fr", "not.yaml"], timeout: 30)
        #expect(french.status == 65, "\(french.stderr)")
        // The 101st `not` starts 400 characters after column 15.
        #expect(french.stderr.hasPrefix("not.yaml:13:415: condition `when` : plus de 100 niveaux de parenthèses et de `not` imbriqués"),
                "\(french.stderr)")

        let interview = try environment.run(["new", "--grid", "not.yaml", "--case", "profond"], stdin: "oui\n", timeout: 30)
        #expect(interview.status == 65, "\(interview.stderr)")
        #expect(interview.stderr.contains("not.yaml:13:415: "))
        #expect(!FileManager.default.fileExists(atPath: environment.path("responses/profond.jsonl")))
    }

    @Test("new runs an interview on a grid whose `when` chains 100 000 `and`, piped, and asks the question when they all hold")
    func longChainRuns() throws {
        defer { environment.remove() }
        let chain = ["a == oui"] + Array(repeating: "n >= 1", count: 99_999)
        try Self.grid(when: chain.joined(separator: " and "))
            .write(toFile: environment.path("chaine.yaml"), atomically: true, encoding: .utf8)

        let check = try environment.run(["grid", "check", "chaine.yaml"], timeout: 30)
        #expect(check.status == 0, "\(check.stderr)")

        let result = try environment.run(["new", "--grid", "chaine.yaml", "--case", "chaine"],
                                         stdin: "oui\n12 employé·e·s\nFiducie « Chantier »\n", timeout: 60)
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.contains("3. Lesquels?"), "\(result.stdout)")
        let journal = try JournalFile(environment, "chaine")
        #expect(journal.lastAnswer("a") as? Bool == true)
        #expect(journal.lastAnswer("n") as? Int == 12)
        #expect(journal.lastAnswer("b") as? String == "Fiducie « Chantier »")
        #expect(journal.kinds.last == "complete")

        let without = try environment.run(["new", "--grid", "chaine.yaml", "--case", "sans"], stdin: "oui\n0\n", timeout: 60)
        #expect(without.status == 0, "\(without.stderr)")
        #expect(!without.stdout.contains("Lesquels?"), "one term false: the question does not apply")
        #expect(try JournalFile(environment, "sans").kinds.last == "complete")
    }
}
