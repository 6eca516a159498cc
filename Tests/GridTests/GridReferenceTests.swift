import Testing
@testable import Grid

/// Question ids named by `when`, `from`, `case_file`, `title_from` and `subtitle_from`,
/// and `when` conditions that do not parse.
@Suite("Grid references and conditions")
struct GridReferenceTests {
    // MARK: when

    @Test("A `when` naming an unknown question is reported with the closest id as suggestion")
    func whenNamesUnknownQuestion() {
        let issues = InlineGrid.issues("""
            grid: g
            version: 1
            sections:
              - id: s
                title: S
                questions:
                  - {id: financement_solidaire, text: A, type: yesno}
                  - id: sources
                    text: B
                    type: list
                    when: finacement_solidaire == yes
            """)
        #expect(issues == [issue(11, 15, .unknownQuestion("finacement_solidaire", place: .when,
                                                           suggestion: "financement_solidaire"))])
    }

    @Test("A `when` naming a question unlike any other is reported without suggestion")
    func whenNamesUnknownQuestionWithoutSuggestion() {
        let issues = InlineGrid.issues("""
            grid: g
            version: 1
            sections:
              - id: s
                title: S
                questions:
                  - {id: a, text: A, type: yesno}
                  - {id: b, text: B, type: text, when: "answered(zzz)"}
            """)
        #expect(issues == [issue(8, 44, .unknownQuestion("zzz", place: .when, suggestion: nil))])
    }

    @Test("A `when` naming a later question is reported")
    func whenNamesLaterQuestion() {
        let issues = InlineGrid.issues("""
            grid: g
            version: 1
            sections:
              - id: s
                title: S
                questions:
                  - id: a
                    text: A
                    type: text
                    when: b == yes
                  - {id: b, text: B, type: yesno}
            """)
        #expect(issues == [issue(10, 15, .laterQuestion("b", place: .when))])
    }

    @Test("A `when` naming its own question is reported")
    func whenNamesItself() {
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
                    when: a == yes and not answered(b)
            """)
        #expect(issues == [issue(11, 15, .laterQuestion("b", place: .when))])
    }

    @Test("A section `when` naming a question of that same section is reported")
    func sectionWhenNamesItsOwnQuestion() {
        let issues = InlineGrid.issues("""
            grid: g
            version: 1
            sections:
              - id: s
                title: S
                questions:
                  - {id: a, text: A, type: yesno}
              - id: t
                title: T
                when: a == yes or b == yes
                questions:
                  - {id: b, text: B, type: yesno}
            """)
        #expect(issues == [issue(10, 11, .laterQuestion("b", place: .when))])
    }

    @Test("A section `when` naming a question of an earlier section is accepted")
    func sectionWhenNamesEarlierQuestion() throws {
        let grid = try #require(InlineGrid.load("""
            grid: g
            version: 1
            sections:
              - id: s
                title: S
                questions:
                  - {id: a, text: A, type: yesno}
              - id: t
                title: T
                when: a == yes
                questions:
                  - {id: b, text: B, type: yesno}
            """))
        #expect(grid.sections[1].when == .compare(question: "a", .equal, .bool(true)))
    }

    // MARK: from

    @Test("A rank `from` naming an unknown question is reported with a suggestion")
    func fromNamesUnknownQuestion() {
        let issues = InlineGrid.issues("""
            grid: g
            version: 1
            sections:
              - id: s
                title: S
                questions:
                  - {id: facteurs, text: F, type: list}
                  - {id: trois, text: T, type: rank, from: facteur, count: 3}
            """)
        #expect(issues == [issue(8, 48, .unknownQuestion("facteur", place: .from, suggestion: "facteurs"))])
    }

    @Test("A rank `from` naming a later question is reported")
    func fromNamesLaterQuestion() {
        let issues = InlineGrid.issues("""
            grid: g
            version: 1
            sections:
              - id: s
                title: S
                questions:
                  - {id: trois, text: T, type: rank, from: facteurs, count: 3}
                  - {id: facteurs, text: F, type: list}
            """)
        #expect(issues == [issue(7, 48, .laterQuestion("facteurs", place: .from))])
    }

    @Test("A rank `from` naming a question that is not a list is reported with that question's type")
    func fromNamesNonList() {
        let issues = InlineGrid.issues("""
            grid: g
            version: 1
            sections:
              - id: s
                title: S
                questions:
                  - {id: statut, text: S, type: choice, choices: [Coop, OBNL]}
                  - {id: trois, text: T, type: rank, from: statut, count: 3}
            """)
        #expect(issues == [issue(8, 48, .rankSourceNotList("statut", type: .choice))])
    }

    @Test("A rank `from` given as a list is reported as not a text, and the rank as having no source")
    func fromIsAList() {
        let issues = InlineGrid.issues("""
            grid: g
            version: 1
            sections:
              - id: s
                title: S
                questions:
                  - {id: facteurs, text: F, type: list}
                  - id: trois
                    text: T
                    type: rank
                    from: [facteurs]
            """)
        #expect(issues == [
            issue(8, 9, .rankWithoutFrom),
            issue(11, 15, .wrongKind(field: "from", expected: .text)),
        ])
    }

    // MARK: case_file, title_from, subtitle_from

    @Test("A case_file entry naming an unknown question is reported at its `from`, with a suggestion")
    func caseFileNamesUnknownQuestion() {
        let issues = InlineGrid.issues("""
            grid: g
            version: 1
            sections:
              - id: s
                title: S
                questions:
                  - {id: mission, text: M, type: text}
                  - {id: vision, text: V, type: text}
            case_file:
              - title: En bref
                entries:
                  - heading: "Mission, vision, valeurs"
                    from: [mision, vision, valeurs]
            """)
        #expect(issues == [
            issue(13, 15, .unknownQuestion("mision", place: .caseFile, suggestion: "mission")),
            issue(13, 15, .unknownQuestion("valeurs", place: .caseFile, suggestion: nil)),
        ])
    }

    @Test("A case_file may name questions in any order")
    func caseFileOrderIsFree() {
        let grid = InlineGrid.load("""
            grid: g
            version: 1
            sections:
              - id: s
                title: S
                questions:
                  - {id: a, text: A, type: text}
                  - {id: b, text: B, type: text}
            case_file:
              - title: T
                entries: [{heading: H, from: [b, a]}]
            """)
        #expect(grid?.caseFile.first?.entries.first?.from == ["b", "a"])
    }

    @Test("`title_from`, `subtitle_from` and `summary_from` naming unknown questions are reported at their values")
    func titleAndSubtitleFromNameUnknownQuestions() {
        let issues = InlineGrid.issues("""
            grid: g
            version: 1
            title_from: nom_organisaton
            subtitle_from: categorie
            summary_from: presentaton
            sections:
              - id: s
                title: S
                questions:
                  - {id: nom_organisation, text: N, type: text}
                  - {id: statut, text: S, type: choice, choices: [Coop, OBNL]}
            """)
        #expect(issues == [
            issue(3, 13, .unknownQuestion("nom_organisaton", place: .titleFrom, suggestion: "nom_organisation")),
            issue(4, 16, .unknownQuestion("categorie", place: .subtitleFrom, suggestion: nil)),
            issue(5, 15, .unknownQuestion("presentaton", place: .summaryFrom, suggestion: nil)),
        ])
    }

    // MARK: Condition syntax, placed on the column where the error is

    @Test("A condition syntax error in a plain `when` is placed at the value's column plus the offset")
    func conditionErrorInPlainScalar() {
        let issues = InlineGrid.issues("""
            grid: g
            version: 1
            sections:
              - id: s
                title: S
                questions:
                  - {id: a, text: A, type: integer}
                  - id: b
                    text: B
                    type: text
                    when: a = 1
            """)
        #expect(issues == [issue(11, 17, .condition(.init(.unexpectedCharacter("="), at: 2)))])
    }

    @Test("A condition syntax error in a double-quoted `when` counts the opening quote")
    func conditionErrorInDoubleQuotedScalar() {
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
                    when: "a == yes and"
            """)
        #expect(issues == [issue(11, 28, .condition(.init(.expectedQuestion(found: ""), at: 12)))])
    }

    @Test("A condition syntax error after an escaped quote in a double-quoted `when` is placed on the file's column")
    func conditionErrorAfterEscapedQuote() {
        let issues = InlineGrid.issues("""
            grid: g
            version: 1
            sections:
              - id: s
                title: S
                questions:
                  - {id: statut, text: A, type: choice, choices: [obnl, coop]}
                  - id: b
                    text: B
                    type: text
                    when: "statut == \\"obnl\\" and"
            """)
        #expect(issues == [issue(11, 38, .condition(.init(.expectedQuestion(found: ""), at: 20)))])
    }

    @Test("In a file with CRLF line ends, a condition error after escapes is placed on the file's column too")
    func conditionErrorAfterEscapesWithCRLF() {
        let text = """
            grid: g
            version: 1
            sections:
              - id: s
                title: S
                questions:
                  - {id: statut, text: A, type: choice, choices: [obnl, coop]}
                  - id: b
                    text: B
                    type: text
                    when: "statut == \\"obnl\\" or \\u0073tatut == \\"coop\\" and"
            """
        let issues = InlineGrid.issues(text.replacingOccurrences(of: "\n", with: "\r\n"))
        #expect(issues == [issue(11, 65, .condition(.init(.expectedQuestion(found: ""), at: 40)))])
    }

    @Test("A condition syntax error in a single-quoted `when` counts the opening quote")
    func conditionErrorInSingleQuotedScalar() {
        let issues = InlineGrid.issues("""
            grid: g
            version: 1
            sections:
              - id: s
                title: S
                questions:
                  - {id: a, text: A, type: choice, choices: [x, y]}
                  - {id: b, text: B, type: text, when: 'a in [x'}
            """)
        #expect(issues == [issue(8, 52, .condition(.init(.expectedClosing("]", found: ""), at: 7)))])
    }

    @Test("An empty quoted `when` is reported as an empty condition")
    func emptyCondition() {
        let issues = InlineGrid.issues("""
            grid: g
            version: 1
            sections:
              - id: s
                title: S
                questions:
                  - id: a
                    text: A
                    type: text
                    when: ""
            """)
        #expect(issues == [issue(10, 16, .condition(.init(.empty, at: 0)))])
    }

    @Test("Condition syntax errors in a section `when` are reported too")
    func conditionErrorInSectionWhen() {
        let issues = InlineGrid.issues("""
            grid: g
            version: 1
            sections:
              - id: s
                title: S
                questions:
                  - {id: a, text: A, type: yesno}
              - id: t
                title: T
                when: a == yes b == no
                questions:
                  - {id: b, text: B, type: yesno}
            """)
        #expect(issues == [issue(10, 20, .condition(.init(.trailing("b"), at: 9)))])
    }

    @Test("A `when` with a syntax error does not also report the questions it names")
    func syntaxErrorHidesReferences() {
        let issues = InlineGrid.issues("""
            grid: g
            version: 1
            sections:
              - id: s
                title: S
                questions:
                  - {id: a, text: A, type: text, when: "inconnue == (oui"}
            """)
        #expect(issues == [issue(7, 57, .condition(.init(.expectedValue(found: "("), at: 12)))])
    }
}
