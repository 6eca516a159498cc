// libFuzzer target: arbitrary bytes as a `when:` condition (read as UTF-8, bad bytes replaced).
//
// Invariants checked (a violation aborts, so libFuzzer keeps the input as a crash):
// - `ConditionParser.parse` returns a condition or throws `ConditionSyntaxError` at an offset
//   between 0 and the source's length in characters, with a message in French and English (also
//   as the `GridProblem` that `grid check` prints);
// - a parsed condition has no `and`/`or` of fewer than two terms and no more than
//   `ConditionParser.maximumDepth` `not` on any path; it names at least one question, every id
//   non-empty; it is describable (`interview grid show`) and parsing is deterministic;
// - `evaluate` agrees with a reference evaluator written here (no answers; fixed answers);
// - put as the `when` of the last question of a small grid, `Evaluation` makes that question
//   applicable exactly when the condition holds on the answers that count, for several answer sets.
//
// Traps and stack overflows (a condition nested or chained too far) are what this target hunts.
import Foundation
import Grid

#if canImport(Glibc)
import Glibc
#endif

/// A small grid whose last question, `q`, gets the fuzzed condition.
private let smallGrid: Grid = {
    let text = """
        grid: conditions
        version: 1
        sections:
          - id: s
            title: S
            questions:
              - {id: a, text: A, type: yesno}
              - {id: n, text: N, type: decimal}
              - {id: statut, text: S, type: choice, choices: [coop, obnl, Entreprise privée]}
              - {id: roles, text: R, type: multichoice, choices: [production, transformation, distribution]}
              - {id: nom, text: Nom, type: text}
              - {id: defis, text: D, type: list}
              - {id: q, text: Q, type: text}
        """
    do {
        return try GridLoader.load(text: text, file: "conditions.yaml").grid
    } catch {
        printError("FuzzCondition: the small grid does not load: \(error)\n")
        abort()
    }
}()

/// Sets of answers to the small grid's questions (by id), from none to every kind of value.
private let answerSets: [[String: AnswerValue]] = [
    [:],
    ["a": .bool(true), "n": .number(12), "statut": .text("coop"), "roles": .list(["production", "distribution"]),
     "nom": .text("Coop Alina"), "defis": .list(["Main-d'œuvre", "yes", "3"])],
    ["a": .bool(false), "n": .number(-2.5), "statut": .text("entreprise-privee"), "roles": .list([]),
     "nom": .text("3"), "defis": .list(["obnl"])],
    ["n": .number(0), "nom": .text("Bas-Saint-Laurent"), "q": .text("itself")],
]

private let epoch = Date(timeIntervalSince1970: 1_790_000_000)

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let source = String(decoding: UnsafeBufferPointer(start: data, count: size), as: UTF8.self)
    let condition: Condition
    do {
        condition = try ConditionParser.parse(source)
    } catch {
        if error.offset < 0 || error.offset > source.count {
            violation("offset \(error.offset) outside 0...\(source.count): \(error)")
        }
        for language in Language.allCases {
            if error.message(in: language).isEmpty { violation("empty \(language) message for \(error)") }
            _ = GridProblem.condition(error).message(in: language)
        }
        return 0
    }
    check(condition)
    if (try? ConditionParser.parse(source)) != condition { violation("parsing twice gives two conditions") }
    if ConditionText.describe(condition).isEmpty { violation("empty description") }
    let ids = condition.questionIDs
    if ids.isEmpty || ids.contains(where: \.isEmpty) { violation("question ids \(ids)") }

    if condition.evaluate({ _ in nil }) != reference(condition, { _ in nil }) {
        violation("evaluation without answers differs from the reference")
    }
    for answers in answerSets {
        // What counts when `q` is evaluated: the answers of the questions before it.
        let counted = answers.filter { $0.key != "q" }
        if condition.evaluate({ counted[$0] }) != reference(condition, { counted[$0] }) {
            violation("evaluation on \(answers) differs from the reference")
        }
        var grid = smallGrid
        grid.sections[0].questions[grid.sections[0].questions.count - 1].when = condition
        let evaluation = Evaluation(grid: grid, responses: answers.mapValues { Response(.answered($0), at: epoch) })
        let applies = evaluation.isRelevant("q")
        if applies != condition.evaluate({ counted[$0] }) {
            violation("Evaluation says q \(applies ? "applies" : "does not apply") on \(answers)")
        }
    }
    return 0
}

/// The structure the parser promises: `and`/`or` of two terms or more, nesting within the limit.
/// Walks with its own stack, so that a condition the parser should have refused is reported
/// rather than overflowing here.
private func check(_ condition: Condition) {
    var pending: [(Condition, Int)] = [(condition, 0)]
    while let (node, depth) = pending.popLast() {
        if depth > ConditionParser.maximumDepth { violation("\(depth) `not` on one path") }
        switch node {
        case .compare, .member, .answered: break
        case .not(let inner): pending.append((inner, depth + 1))
        case .and(let terms), .or(let terms):
            if terms.count < 2 { violation("an and/or of \(terms.count) term(s)") }
            pending += terms.map { ($0, depth) }
        }
    }
}

/// The meaning of a condition, as docs/grid-format.md states it, written independently of
/// `Condition.evaluate`.
private func reference(_ condition: Condition, _ answer: (String) -> AnswerValue?) -> Bool {
    switch condition {
    case .answered(let id): return answer(id) != nil
    case .not(let inner): return !reference(inner, answer)
    case .and(let terms):
        for term in terms where !reference(term, answer) { return false }
        return true
    case .or(let terms):
        for term in terms where reference(term, answer) { return true }
        return false
    case .member(let id, let literals):
        guard let value = answer(id) else { return false }
        return literals.contains { same(value, $0) }
    case .compare(let id, let comparison, let literal):
        guard let value = answer(id) else { return false }
        switch comparison {
        case .equal: return same(value, literal)
        case .notEqual: return !same(value, literal)
        case .less, .lessOrEqual, .greater, .greaterOrEqual:
            guard case .number(let number) = value, case .number(let bound) = literal else { return false }
            switch comparison {
            case .less: return number < bound
            case .lessOrEqual: return number <= bound
            case .greater: return number > bound
            default: return number >= bound
            }
        }
    }
}

/// Equality of an answer and a literal: lists by membership, a text and a number when the text
/// reads as that number.
private func same(_ value: AnswerValue, _ literal: Condition.Literal) -> Bool {
    switch (value, literal) {
    case (.bool(let bool), .bool(let expected)): return bool == expected
    case (.number(let number), .number(let expected)): return number == expected
    case (.text(let text), .text(let expected)): return text == expected
    case (.text(let text), .number(let expected)): return Double(text) == expected
    case (.list(let items), .text(let expected)): return items.contains(expected)
    default: return false
    }
}

private func violation(_ message: String) -> Never {
    printError("FuzzCondition: invariant violated: \(message)\n")
    abort()
}

/// Writes a line to standard error (the C `stderr` global is not concurrency-safe in Swift 6).
private func printError(_ text: String) {
    FileHandle.standardError.write(Data(text.utf8))
}
