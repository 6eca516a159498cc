import Testing
@testable import Grid

/// Well-formed YAML that is not a valid grid: missing and unknown fields, and files with several problems.
@Suite("Grid validation")
struct GridValidationTests {
    // MARK: Missing fields

    @Test("A grid without `grid` is reported at the top of the grid")
    func missingGridID() {
        let issues = InlineGrid.issues("""
            version: 1
            sections:
              - id: s
                title: S
                questions:
                  - {id: a, text: A, type: text}
            """)
        #expect(issues == [issue(1, 1, .missingField("grid", owner: "grid"))])
    }

    @Test("A grid without `version` is reported at the top of the grid")
    func missingVersion() {
        let issues = InlineGrid.issues("""
            # Grille sans version
            grid: g
            sections:
              - id: s
                title: S
                questions:
                  - {id: a, text: A, type: text}
            """)
        #expect(issues == [issue(2, 1, .missingField("version", owner: "grid"))])
    }

    @Test("A grid without `sections` is reported at the top of the grid")
    func missingSections() {
        #expect(InlineGrid.issues("grid: g\nversion: 1\n") == [issue(1, 1, .missingField("sections", owner: "grid"))])
    }

    @Test("A question without `id` is reported at the question")
    func missingQuestionID() {
        let issues = InlineGrid.issues("""
            grid: g
            version: 1
            sections:
              - id: s
                title: S
                questions:
                  - {text: A, type: text}
            """)
        #expect(issues == [issue(7, 9, .missingField("id", owner: "question"))])
    }

    @Test("A question without `text` is reported at the question")
    func missingQuestionText() {
        let issues = InlineGrid.issues("""
            grid: g
            version: 1
            sections:
              - id: s
                title: S
                questions:
                  - id: a
                    type: text
            """)
        #expect(issues == [issue(7, 9, .missingField("text", owner: "question"))])
    }

    @Test("A question without `type` is reported at the question")
    func missingQuestionType() {
        let issues = InlineGrid.issues("""
            grid: g
            version: 1
            sections:
              - id: s
                title: S
                questions:
                  - id: a
                    text: A
            """)
        #expect(issues == [issue(7, 9, .missingField("type", owner: "question"))])
    }

    @Test("A section without `id`, `title` or `questions` is reported at the section")
    func missingSectionFields() {
        let issues = InlineGrid.issues("""
            grid: g
            version: 1
            sections:
              - label: S
            """)
        #expect(issues == [
            issue(4, 5, .missingField("id", owner: "section")),
            issue(4, 5, .missingField("title", owner: "section")),
            issue(4, 5, .missingField("questions", owner: "section")),
        ])
    }

    @Test("A theme, code or {id, label} choice without `id` is reported where it starts")
    func missingIDsInCodebookAndChoices() {
        let issues = InlineGrid.issues("""
            grid: g
            version: 1
            sections:
              - id: s
                title: S
                questions:
                  - id: a
                    text: A
                    type: choice
                    choices:
                      - {label: Urbain}
                      - Rural
            codebook:
              - label: Ancrage
                codes:
                  - {label: Mobilisation}
            """)
        #expect(issues == [
            issue(11, 13, .missingField("id", owner: "choice")),
            issue(14, 5, .missingField("id", owner: "theme")),
            issue(16, 9, .missingField("id", owner: "code")),
        ])
    }

    @Test("A choice list whose only option lacks an id is not also reported as having no choices")
    func brokenOnlyChoiceIsReportedOnce() {
        let issues = InlineGrid.issues("""
            grid: g
            version: 1
            sections:
              - id: s
                title: S
                questions:
                  - id: a
                    text: A
                    type: choice
                    choices:
                      - {label: Urbain}
            """)
        #expect(issues == [issue(11, 13, .missingField("id", owner: "choice"))])
    }

    @Test("A case_file section without `title` and an entry with neither `from` nor `lines` are reported; `heading` may be left out")
    func missingCaseFileFields() {
        let issues = InlineGrid.issues("""
            grid: g
            version: 1
            sections:
              - id: s
                title: S
                questions:
                  - {id: a, text: A, type: text}
            case_file:
              - entries:
                  - {from: [a]}
                  - {heading: Autre}
                  - {lines: ["{a}"]}
            """)
        #expect(issues == [
            issue(9, 5, .missingField("title", owner: "case_file section")),
            issue(11, 9, .entryWithoutContent),
        ])
    }

    @Test("A question named like another's CSV status column (`besoin_status` beside `besoin`) is reported")
    func statusColumnClash() {
        let issues = InlineGrid.issues("""
            grid: g
            version: 1
            sections:
              - id: s
                title: S
                questions:
                  - {id: besoin, text: A, type: text}
                  - {id: besoin_status, text: B, type: text}
                  - {id: status, text: C, type: text}
            """)
        #expect(issues == [issue(8, 14, .statusColumnClash("besoin_status", other: "besoin"))])
    }

    // MARK: Unknown fields and types

    @Test("A misspelt field `requried` is reported with the suggestion `required`")
    func unknownFieldWithSuggestion() {
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
                    requried: true
            """)
        #expect(issues == [issue(10, 9, .unknownField("requried", owner: "question", suggestion: "required"))])
    }

    @Test("An unknown field far from every known one is reported without a suggestion")
    func unknownFieldWithoutSuggestion() {
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
                    colour: red
            """)
        #expect(issues == [issue(10, 9, .unknownField("colour", owner: "question", suggestion: nil))])
    }

    @Test("Misspelt fields are reported in grids, sections, themes, choices and case_file entries")
    func unknownFieldsEverywhere() {
        let issues = InlineGrid.issues("""
            grid: g
            version: 1
            langage: fr
            sections:
              - id: s
                titl: S
                questions:
                  - id: a
                    text: A
                    type: choice
                    choices: [{id: x, labl: X}]
            codebook:
              - id: t
                codez: []
            case_file:
              - title: T
                entries:
                  - {heading: H, fro: [a]}
            """)
        #expect(issues == [
            issue(3, 1, .unknownField("langage", owner: "grid", suggestion: "language")),
            issue(5, 5, .missingField("title", owner: "section")),
            issue(6, 5, .unknownField("titl", owner: "section", suggestion: "title")),
            issue(11, 27, .unknownField("labl", owner: "choice", suggestion: "label")),
            issue(14, 5, .unknownField("codez", owner: "theme", suggestion: "codes")),
            issue(18, 9, .entryWithoutContent),
            issue(18, 22, .unknownField("fro", owner: "case_file entry", suggestion: "from")),
        ])
    }

    @Test("Two swapped letters (`lsit`, `lable`) still get a suggestion")
    func transpositionsGetSuggestions() {
        let issues = InlineGrid.issues("""
            grid: g
            version: 1
            sections:
              - id: s
                title: S
                questions:
                  - id: a
                    text: A
                    type: lsit
                    lable: A
            """)
        #expect(issues == [
            issue(9, 15, .unknownType("lsit", suggestion: "list")),
            issue(10, 9, .unknownField("lable", owner: "question", suggestion: "label")),
        ])
    }

    @Test("An unknown type is reported with the closest type as suggestion")
    func unknownTypeWithSuggestion() {
        let issues = InlineGrid.issues("""
            grid: g
            version: 1
            sections:
              - id: s
                title: S
                questions:
                  - id: a
                    text: A
                    type: texte
                  - id: b
                    text: B
                    type: Integer
            """)
        #expect(issues == [
            issue(9, 15, .unknownType("texte", suggestion: "text")),
            issue(12, 15, .unknownType("Integer", suggestion: "integer")),
        ])
    }

    @Test("An unknown type far from every type is reported without a suggestion")
    func unknownTypeWithoutSuggestion() {
        let issues = InlineGrid.issues("""
            grid: g
            version: 1
            sections:
              - id: s
                title: S
                questions:
                  - {id: a, text: A, type: paragraph}
            """)
        #expect(issues == [issue(7, 32, .unknownType("paragraph", suggestion: nil))])
    }

    // MARK: Several problems

    @Test("Every problem of a file is reported, sorted by line then column")
    func reportsEveryProblemInLineOrder() {
        let issues = InlineGrid.issues("""
            grid: g
            version: deux
            language: es
            sections:
              - id: s
                title: S
                questions:
                  - id: a
                    text: A
                    type: txt
                  - id: a
                    text: B
                    type: yesno
                    when: b == yes
                  - id: b
                    text: C
                    type: rank
                    count: 0
              - id: vide
                title: Vide
                questions: []
            case_file:
              - title: T
                entries:
                  - {heading: H, from: [zz]}
            """)
        #expect(issues == [
            issue(2, 10, .wrongKind(field: "version", expected: .integer)),
            issue(3, 11, .unsupportedLanguage("es")),
            issue(10, 15, .unknownType("txt", suggestion: "text")),
            issue(11, 13, .duplicateID("a", kind: .question, firstLine: 8)),
            issue(14, 15, .laterQuestion("b", place: .when)),
            issue(15, 9, .rankWithoutFrom),
            issue(18, 16, .countBelowOne(0)),
            issue(19, 5, .emptySection("vide")),
            issue(25, 28, .unknownQuestion("zz", place: .caseFile, suggestion: nil)),
        ])
        let lines = issues.map(\.position.line)
        #expect(lines == lines.sorted())
    }

    @Test("An issue prints as FILE:LINE:COL: message")
    func issueDescription() {
        let found = issue(10, 9, .unknownField("requried", owner: "question", suggestion: "required"))
        #expect(found.description(in: .en) == "grid.yaml:10:9: unknown field `requried` in a question: did you mean `required`?")
        #expect(found.description(in: .fr) == "grid.yaml:10:9: champ inconnu `requried` dans un(e) question : vouliez-vous dire `required`?")
    }
}
