import Grid
import Testing

/// Inputs that trapped, kept as tests. A trap still open is `.disabled("bug: …")` (enabled, it
/// would kill the test process); a fixed one stays as a regression test.
///
/// The traps below were found by these mutation tests and by reading the code around what they
/// hit, on b793a97, where each made the program exit 132; all were fixed in 119beb9 ("no
/// integer traps on huge values"), so the tests run.
@Suite("Mutation: traps found")
struct MutationTrapTests {
    private static func grid(when condition: String) -> String {
        """
        grid: g
        version: 1
        sections:
          - id: s
            title: S
            questions:
              - id: a
                text: A
                type: integer
              - id: b
                text: B
                type: text
                when: \(condition)

        """
    }

    /// Trapped in `ConditionToken.display` (Sources/Grid/Condition/ConditionParser.swift:142),
    /// `Int(number)` on the token an error message quotes: `grid check`, `new --grid` exited 132.
    @Test("A condition whose error message quotes a number beyond ±2⁶³ or infinite is refused, not trapped",
          arguments: [#""1e20""#, #""a == 1 1e999""#, #""-inf""#, #""a in [1, 2 9223372036854775808""#, #""(a == 1 -1e30""#])
    func conditionNumberInMessage(condition: String) {
        let problems = MutationTests.checkGrid(Array(Self.grid(when: condition).utf8)).problems
        #expect(problems.isEmpty, "\(problems)")
        #expect(throws: GridLoadError.self) { try GridLoader.load(text: Self.grid(when: condition), file: "grid.yaml") }
    }

    /// Trapped in `ConditionText.describe` (Sources/Grid/Condition/ConditionText.swift:17),
    /// `Int64(number)`: `interview grid show` exited 132 on such a valid grid.
    @Test("A valid condition comparing with a number beyond ±2⁶³ is described (grid show) without trapping",
          arguments: ["a == 1e20", "a < -1e19", "a in [1, 9223372036854775808]"])
    func hugeNumberDescribed(condition: String) throws {
        let loaded = try GridLoader.load(text: Self.grid(when: "\"\(condition)\""), file: "grid.yaml")
        let when = try #require(loaded.grid.question(id: "b")?.when)
        #expect(!ConditionText.describe(when).isEmpty)
    }

    /// Trapped in `AnswerParser.choice` and `.rank` (Sources/Grid/Answers/AnswerParser.swift:55
    /// and :85): `number - 1` overflowed for `Int.min`.
    @Test("A choice, multichoice or rank typed as a number that overflows is refused, not trapped",
          arguments: [QuestionType.choice, .multichoice, .rank])
    func overflowingChoiceNumber(type: QuestionType) {
        var question = Question(id: "q", text: "Q?", type: type)
        question.choices = [Choice(id: "a", label: "A"), Choice(id: "b", label: "B")]
        let result = AnswerParser(language: .fr).parse("-9223372036854775808", for: question, rankItems: ["x", "y"])
        #expect(throws: AnswerError.self) { try result.get() }
    }
}
