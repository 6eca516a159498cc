import Testing
@testable import Grid

@Suite("Evaluating `when` conditions")
struct ConditionEvaluationTests {
    /// Whether `source` holds for these answers; questions not in `answers` are unanswered.
    private func holds(_ source: String, _ answers: [String: AnswerValue]) throws -> Bool {
        try ConditionParser.parse(source).evaluate { answers[$0] }
    }

    @Test("A yes/no answer compares with yes, no, oui and non")
    func booleans() throws {
        let yes: [String: AnswerValue] = ["q": .bool(true)]
        let no: [String: AnswerValue] = ["q": .bool(false)]
        #expect(try holds("q == yes", yes))
        #expect(try holds("q == oui", yes))
        #expect(try !holds("q == yes", no))
        #expect(try holds("q == non", no))
        #expect(try holds("q != yes", no))
        #expect(try !holds("q != oui", yes))
        #expect(try holds("q in [yes]", yes))
    }

    @Test("A yes/no answer is not equal to the quoted text \"yes\" nor to a number")
    func booleansAreNotText() throws {
        #expect(try !holds("q == \"yes\"", ["q": .bool(true)]))
        #expect(try !holds("q == 1", ["q": .bool(true)]))
    }

    @Test("Number answers compare with every operator", arguments: [
        ("n == 10", true), ("n == 10.0", true), ("n != 10", false), ("n != 9", true),
        ("n < 10", false), ("n < 10.5", true), ("n <= 10", true), ("n > 9.99", true),
        ("n > 10", false), ("n >= 10", true), ("n >= 11", false), ("n > -1", true),
        ("n in [1, 10]", true), ("n in [1, 2]", false),
    ])
    func numbers(source: String, expected: Bool) throws {
        #expect(try holds(source, ["n": .number(10)]) == expected)
    }

    @Test("Order comparisons on answers that are not numbers are false")
    func orderOnNonNumbers() throws {
        #expect(try !holds("q > 1", ["q": .text("5")]))
        #expect(try !holds("q < z", ["q": .text("a")]))
        #expect(try !holds("q >= 0", ["q": .bool(true)]))
        #expect(try !holds("q > 0", ["q": .list(["1"])]))
    }

    @Test("Text and choice answers compare with their ids, bare or quoted")
    func textAndChoices() throws {
        let answers: [String: AnswerValue] = ["statut": .text("obnl")]
        #expect(try holds("statut == obnl", answers))
        #expect(try holds("statut == \"obnl\"", answers))
        #expect(try !holds("statut == coop_travail", answers))
        #expect(try holds("statut != coop_travail", answers))
        #expect(try !holds("statut != obnl", answers))
        #expect(try holds("statut in [coop_travail, obnl]", answers))
        #expect(try !holds("statut in [coop_travail, coop_solidarite]", answers))
        #expect(try !holds("statut == OBNL", answers))
    }

    @Test("A text answer holding a number equals that number")
    func textEqualsNumber() throws {
        #expect(try holds("code == 3", ["code": .text("3")]))
        #expect(try !holds("code == 4", ["code": .text("3")]))
    }

    @Test("On list answers, `==` tests membership and `in` tests overlap")
    func lists() throws {
        let answers: [String: AnswerValue] = ["roles": .list(["transformation", "mutualisation"])]
        #expect(try holds("roles == transformation", answers))
        #expect(try !holds("roles == recherche", answers))
        #expect(try holds("roles != recherche", answers))
        #expect(try !holds("roles != mutualisation", answers))
        #expect(try holds("roles in [recherche, mutualisation]", answers))
        #expect(try !holds("roles in [recherche]", answers))
    }

    @Test("On an unanswered question every comparison is false and `not` of it is true")
    func unanswered() throws {
        let none: [String: AnswerValue] = [:]
        for source in ["q == yes", "q == no", "q != yes", "q > 3", "q <= 3", "q == obnl", "q in [a, b]"] {
            #expect(try !holds(source, none), "\(source)")
            #expect(try holds("not \(source)", none), "not \(source)")
        }
    }

    @Test("`answered(q)` is true exactly when q has an answer")
    func answered() throws {
        #expect(try !holds("answered(q)", [:]))
        #expect(try holds("not answered(q)", [:]))
        #expect(try holds("answered(q)", ["q": .text("x")]))
        #expect(try holds("answered(q)", ["q": .bool(false)]))
        #expect(try holds("answered(q)", ["q": .list(["un"])]))
    }

    @Test("`and`, `or` and `not` combine as in logic")
    func logic() throws {
        let answers: [String: AnswerValue] = ["a": .bool(true), "n": .number(5)]
        #expect(try holds("a == yes and n > 3", answers))
        #expect(try !holds("a == yes and n > 6", answers))
        #expect(try holds("a == no or n > 3", answers))
        #expect(try !holds("a == no or n > 6", answers))
        #expect(try holds("not (a == no or n > 6)", answers))
        #expect(try holds("a == no or n > 3 and answered(a)", answers))
        #expect(try !holds("(a == no or n > 3) and answered(z)", answers))
    }

    @Test("Only the questions named are looked up")
    func looksUpNamedQuestions() throws {
        var asked: [String] = []
        let condition = try ConditionParser.parse("a == 1 or b in [x]")
        _ = condition.evaluate { id in
            asked.append(id)
            return nil
        }
        #expect(asked == ["a", "b"])
    }
}
