import Testing
@testable import Grid

@Suite("Parsing `when` conditions")
struct ConditionParserTests {
    private func parse(_ source: String) throws -> Condition {
        try ConditionParser.parse(source)
    }

    private func syntaxError(_ source: String) -> ConditionSyntaxError? {
        do {
            _ = try ConditionParser.parse(source)
            return nil
        } catch {
            return error
        }
    }

    // MARK: Structure and precedence

    @Test("`not` binds tighter than `and`, which binds tighter than `or`")
    func precedence() throws {
        #expect(try parse("a == yes or b == no and not c == 1") == .or([
            .compare(question: "a", .equal, .bool(true)),
            .and([
                .compare(question: "b", .equal, .bool(false)),
                .not(.compare(question: "c", .equal, .number(1))),
            ]),
        ]))
    }

    @Test("A chain of `and` or of `or` is one condition holding its terms in order")
    func chainsAreFlat() throws {
        let a = Condition.compare(question: "a", .equal, .number(1))
        let b = Condition.compare(question: "b", .equal, .number(2))
        let c = Condition.compare(question: "c", .equal, .number(3))
        #expect(try parse("a == 1 and b == 2 and c == 3") == .and([a, b, c]))
        #expect(try parse("a == 1 or b == 2 or c == 3") == .or([a, b, c]))
        #expect(try parse("(a == 1 and b == 2) and c == 3") == .and([.and([a, b]), c]))
    }

    @Test("Parentheses override precedence")
    func parentheses() throws {
        #expect(try parse("(a == yes or b == yes) and c == 1") == .and([
            .or([.compare(question: "a", .equal, .bool(true)), .compare(question: "b", .equal, .bool(true))]),
            .compare(question: "c", .equal, .number(1)),
        ]))
        #expect(try parse("not (a == yes and ((b == no)))") == .not(.and([
            .compare(question: "a", .equal, .bool(true)), .compare(question: "b", .equal, .bool(false)),
        ])))
    }

    @Test("`not not` nests")
    func doubleNot() throws {
        #expect(try parse("not not answered(a)") == .not(.not(.answered("a"))))
    }

    @Test("Keywords are read in any case")
    func keywordsIgnoreCase() throws {
        #expect(try parse("NOT a == 1 AND b == 2 Or c IN [x]") == .or([
            .and([.not(.compare(question: "a", .equal, .number(1))), .compare(question: "b", .equal, .number(2))]),
            .member(question: "c", [.text("x")]),
        ]))
    }

    @Test("Spaces around operators are optional")
    func spacesOptional() throws {
        #expect(try parse("a>=2") == .compare(question: "a", .greaterOrEqual, .number(2)))
        #expect(try parse("  a==yes  ") == .compare(question: "a", .equal, .bool(true)))
        #expect(try parse("a in[x,y]") == .member(question: "a", [.text("x"), .text("y")]))
    }

    @Test("Every comparison operator is read")
    func everyComparison() throws {
        for comparison in Condition.Comparison.allCases {
            #expect(try parse("n \(comparison.rawValue) 5") == .compare(question: "n", comparison, .number(5)))
        }
    }

    @Test("`in [x, y]` reads a list of literals, possibly empty")
    func membership() throws {
        #expect(try parse("statut in [coop_solidarite, obnl]")
            == .member(question: "statut", [.text("coop_solidarite"), .text("obnl")]))
        #expect(try parse("n in [1, 2.5, \"deux mots\", oui]")
            == .member(question: "n", [.number(1), .number(2.5), .text("deux mots"), .bool(true)]))
        #expect(try parse("n in []") == .member(question: "n", []))
    }

    @Test("`answered(q)` reads the question id")
    func answered() throws {
        #expect(try parse("answered(defis_demarrage)") == .answered("defis_demarrage"))
        #expect(try parse("answered( q ) and q != 0")
            == .and([.answered("q"), .compare(question: "q", .notEqual, .number(0))]))
    }

    @Test("A question may be called `answered` when no parenthesis follows")
    func questionCalledAnswered() throws {
        #expect(try parse("answered == yes") == .compare(question: "answered", .equal, .bool(true)))
    }

    @Test("Quoted strings, in double or single quotes, are text even when they read like yes or a number")
    func quotedStrings() throws {
        #expect(try parse("region == \"Bas-Saint-Laurent\"")
            == .compare(question: "region", .equal, .text("Bas-Saint-Laurent")))
        #expect(try parse("region == 'Côte-Nord (09)'")
            == .compare(question: "region", .equal, .text("Côte-Nord (09)")))
        #expect(try parse("a == \"yes\"") == .compare(question: "a", .equal, .text("yes")))
        #expect(try parse("a == '3'") == .compare(question: "a", .equal, .text("3")))
        #expect(try parse("a == \"l'été\"") == .compare(question: "a", .equal, .text("l'été")))
    }

    @Test("oui, non, yes, no, true and false are booleans in any case")
    func booleans() throws {
        for word in ["yes", "oui", "true", "Yes", "OUI"] {
            #expect(try parse("a == \(word)") == .compare(question: "a", .equal, .bool(true)), "\(word)")
        }
        for word in ["no", "non", "false", "No", "NON"] {
            #expect(try parse("a == \(word)") == .compare(question: "a", .equal, .bool(false)), "\(word)")
        }
    }

    @Test("Numbers: whole, decimal, negative")
    func numbers() throws {
        #expect(try parse("n >= 10") == .compare(question: "n", .greaterOrEqual, .number(10)))
        #expect(try parse("n < 2.5") == .compare(question: "n", .less, .number(2.5)))
        #expect(try parse("n > -3") == .compare(question: "n", .greater, .number(-3)))
        #expect(try parse("annee <= 2021") == .compare(question: "annee", .lessOrEqual, .number(2021)))
    }

    @Test("Other bare words are choice ids, kept as written")
    func bareWordsAreText() throws {
        #expect(try parse("milieu == periurbain") == .compare(question: "milieu", .equal, .text("periurbain")))
        #expect(try parse("x == coop-alina.v2") == .compare(question: "x", .equal, .text("coop-alina.v2")))
    }

    @Test("Question ids may hold digits, dots, dashes and underscores")
    func questionIDCharacters() throws {
        #expect(try parse("q1.b-c_d == 1") == .compare(question: "q1.b-c_d", .equal, .number(1)))
    }

    @Test("The question ids read are listed in order of appearance")
    func questionIDs() throws {
        #expect(try parse("a == 1 or answered(b) and not c in [x] or a > 2").questionIDs == ["a", "b", "c", "a"])
    }

    // MARK: Syntax errors, each with its 0-based character offset

    @Test("An unexpected character is reported at its offset", arguments: [
        ("a = 1", "=", 2),
        ("a == yes && b == no", "&", 9),
        ("a === 1", "=", 4),
        ("!answered(a)", "!", 0),
        ("a == 1;", ";", 6),
        ("a == {1}", "{", 5),
    ] as [(String, Character, Int)])
    func unexpectedCharacter(source: String, character: Character, offset: Int) {
        #expect(syntaxError(source) == .init(.unexpectedCharacter(character), at: offset))
    }

    @Test("An unclosed quote is reported where the quote opens")
    func unclosedQuote() {
        #expect(syntaxError("a == \"oui") == .init(.unclosedQuote, at: 5))
        #expect(syntaxError("a in ['x', 'y]") == .init(.unclosedQuote, at: 11))
    }

    @Test("A missing question id is reported with what was found instead", arguments: [
        ("== yes", "==", 0),
        ("a == yes and", "", 12),
        ("not", "", 3),
        ("and a == 1", "and", 0),
        ("(", "", 1),
        ("answered()", ")", 9),
        ("3 == a", "3", 0),
        ("\"a\" == 1", "\"a\"", 0),
    ])
    func expectedQuestion(source: String, found: String, offset: Int) {
        #expect(syntaxError(source) == .init(.expectedQuestion(found: found), at: offset))
    }

    @Test("A missing operator is reported after the question id", arguments: [
        ("a yes", "a", "yes", 2),
        ("a", "a", "", 1),
        ("answered", "answered", "", 8),
        ("a == 1 and b", "b", "", 12),
        ("a (1)", "a", "(", 2),
    ])
    func expectedOperator(source: String, after: String, found: String, offset: Int) {
        #expect(syntaxError(source) == .init(.expectedOperator(after: after, found: found), at: offset))
    }

    @Test("A missing value is reported where it should be", arguments: [
        ("a ==", "", 4),
        ("a == (b)", "(", 5),
        ("a == and", "and", 5),
        ("a in [x,]", "]", 8),
        ("a != ,", ",", 5),
    ])
    func expectedValue(source: String, found: String, offset: Int) {
        #expect(syntaxError(source) == .init(.expectedValue(found: found), at: offset))
    }

    @Test("A missing closing parenthesis or bracket is reported", arguments: [
        ("(a == 1", ")", "", 7),
        ("a in x", "[", "x", 5),
        ("a in [x y]", "]", "y", 8),
        ("a in [x", "]", "", 7),
        ("answered(a b)", ")", "b", 11),
        ("(a == 1 b", ")", "b", 8),
    ])
    func expectedClosing(source: String, closing: String, found: String, offset: Int) {
        #expect(syntaxError(source) == .init(.expectedClosing(closing, found: found), at: offset))
    }

    @Test("Text after a complete condition is reported", arguments: [
        ("a == 1 b == 2", "b", 7),
        ("a == 1)", ")", 6),
        ("a == 1 2.5", "2.5", 7),
        ("a == 1 \"x\"", "\"x\"", 7),
    ])
    func trailing(source: String, found: String, offset: Int) {
        #expect(syntaxError(source) == .init(.trailing(found), at: offset))
    }

    @Test("An empty or blank condition is reported at offset 0", arguments: ["", "   "])
    func empty(source: String) {
        #expect(syntaxError(source) == .init(.empty, at: 0))
    }

    @Test("Offsets count characters, not bytes")
    func offsetsCountCharacters() {
        #expect(syntaxError("durée == 1 )") == .init(.trailing(")"), at: 11))
    }
}
