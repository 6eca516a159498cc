import Foundation
import Testing
@testable import Grid

/// Conditions nested very deep or chained very long: refused with a place, or read and
/// evaluated without exhausting the stack (tests run on threads with small stacks, where the
/// recursive parser and evaluator crashed on every size below).
@Suite("Deep and long `when` conditions")
struct DeepConditionTests {
    private static let limit = ConditionParser.maximumDepth

    private func syntaxError(_ source: String) -> ConditionSyntaxError? {
        do {
            _ = try ConditionParser.parse(source)
            return nil
        } catch {
            return error
        }
    }

    private func nested(_ levels: Int) -> String {
        String(repeating: "(", count: levels) + "a == yes" + String(repeating: ")", count: levels)
    }

    private func chain(_ term: String, _ count: Int, _ keyword: String, last: String? = nil) -> String {
        var terms = Array(repeating: term, count: count)
        if let last { terms[count - 1] = last }
        return terms.joined(separator: " \(keyword) ")
    }

    // MARK: Nesting is limited

    @Test("The nesting limit is 100, as docs/grid-format.md says")
    func limitIsDocumented() throws {
        #expect(Self.limit == 100)
        let docs = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("docs/grid-format.md")
        let text = try String(contentsOf: docs, encoding: .utf8)
        #expect(text.contains(ConditionSyntaxError(.tooDeep(limit: 100), at: 0).message(in: .en)))
        #expect(text.contains(ConditionSyntaxError(.tooDeep(limit: 100), at: 0).message(in: .fr)))
    }

    @Test("15 000 nested parentheses are refused at the first parenthesis past the limit")
    func deepParentheses() {
        #expect(syntaxError(nested(15_000)) == .init(.tooDeep(limit: Self.limit), at: Self.limit))
    }

    @Test("50 000 `not` are refused at the first `not` past the limit")
    func deepNot() {
        let source = String(repeating: "not ", count: 50_000) + "a == yes"
        #expect(syntaxError(source) == .init(.tooDeep(limit: Self.limit), at: 4 * Self.limit))
    }

    @Test("Parentheses and `not` count together; the offset counts characters, accents included")
    func mixedNesting() {
        let levels = Self.limit / 2
        let source = "élu == oui and " + String(repeating: "not (", count: levels) + "a == yes"
            + String(repeating: ")", count: levels)
        #expect(syntaxError(source) == nil)
        let deeper = "élu == oui and " + String(repeating: "not (", count: levels) + "not a == yes"
            + String(repeating: ")", count: levels)
        #expect(syntaxError(deeper) == .init(.tooDeep(limit: Self.limit), at: 15 + 5 * levels))
    }

    @Test("Nesting up to the limit parses, evaluates, describes and names its question")
    func nestingAtTheLimit() throws {
        let parenthesised = try ConditionParser.parse(nested(Self.limit))
        #expect(parenthesised == .compare(question: "a", .equal, .bool(true)))
        let source = String(repeating: "not ", count: Self.limit) + "(a == yes or b in [x, y])"
        #expect(syntaxError(source) == .init(.tooDeep(limit: Self.limit), at: 4 * Self.limit))
        let negated = try ConditionParser.parse(String(repeating: "not ", count: Self.limit) + "a == yes")
        #expect(negated.evaluate { _ in .bool(true) })
        #expect(!negated.evaluate { _ in .bool(false) })
        #expect(negated.questionIDs == ["a"])
        #expect(ConditionText.describe(negated).hasPrefix("not (not ("))
    }

    // MARK: Long chains do not recurse

    @Test("A chain of 100 000 `and` is one condition of 100 000 terms, evaluated term by term")
    func longAndChain() throws {
        let condition = try ConditionParser.parse(chain("a == yes", 100_000, "and", last: "n > 2"))
        guard case .and(let terms) = condition else {
            Issue.record("not one `and`: \(condition)")
            return
        }
        #expect(terms.count == 100_000)
        #expect(terms.last == .compare(question: "n", .greater, .number(2)))
        let answers: [String: AnswerValue] = ["a": .bool(true), "n": .number(3)]
        #expect(condition.evaluate { answers[$0] })
        #expect(!condition.evaluate { $0 == "n" ? .number(2) : answers[$0] })
        #expect(condition.questionIDs.count == 100_000)
        #expect(condition.questionIDs.last == "n")
        let described = ConditionText.describe(condition)
        #expect(described.hasPrefix("(a == yes and a == yes and "))
        #expect(described.hasSuffix(" and n > 2)"))
    }

    @Test("A chain of 100 000 `or`, none true but the last, is evaluated to its end")
    func longOrChain() throws {
        let condition = try ConditionParser.parse(chain("statut == coop", 100_000, "or", last: "statut == 'obnl solidaire'"))
        guard case .or(let terms) = condition else {
            Issue.record("not one `or`: \(condition)")
            return
        }
        #expect(terms.count == 100_000)
        #expect(condition.evaluate { _ in .text("obnl solidaire") })
        #expect(!condition.evaluate { _ in .text("entreprise") })
        #expect(ConditionText.describe(condition).hasSuffix(" or statut == \"obnl solidaire\")"))
    }

    // MARK: In a grid

    @Test("A grid nested too deep is refused on the parenthesis's line and column")
    func deepGridCondition() {
        let issues = InlineGrid.issues("""
            grid: g
            version: 1
            sections:
              - id: s
                title: S
                questions:
                  - {id: a, text: A, type: yesno}
                  - id: b
                    text: B
                    type: text
                    when: "\(nested(15_000))"
            """)
        // The quote is at column 15, the first parenthesis at 16.
        #expect(issues == [issue(11, 16 + Self.limit, .condition(.init(.tooDeep(limit: Self.limit), at: Self.limit)))])
    }

    @Test("A grid whose `when` chains 100 000 `and` loads, names its question once, and a case on it is evaluated")
    func longChainInGrid() throws {
        let grid = try #require(InlineGrid.load("""
            grid: g
            version: 1
            sections:
              - id: s
                title: S
                questions:
                  - {id: employes, text: A, type: integer}
                  - id: b
                    text: B
                    type: text
                    when: \(chain("employes >= 1", 100_000, "and"))
            """))
        let now = Date(timeIntervalSince1970: 0)
        let some = Evaluation(grid: grid, responses: ["employes": Response(.answered(.number(12)), at: now)])
        #expect(some.status(of: "b") == .unanswered)
        let none = Evaluation(grid: grid, responses: ["employes": Response(.answered(.number(0)), at: now)])
        #expect(none.status(of: "b") == .notApplicable)
        let unknown = InlineGrid.issues("""
            grid: g
            version: 1
            sections:
              - id: s
                title: S
                questions:
                  - {id: a, text: A, type: text, when: \(chain("zz == 1", 1_000, "or"))}
            """)
        #expect(unknown.count == 1, "one reference to `zz`, not 1 000")
    }
}
