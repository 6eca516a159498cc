import Testing
@testable import Grid

/// Well-formed YAML that is not a valid grid: each problem, with its exact line and column.
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

    @Test("A choice list whose only option lacks an id is not also reported as having no choices",
          .disabled("bug: the broken option is dropped, then noChoices is reported on a list that has one"))
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

    @Test("A case_file section without `title` and an entry without `heading` or `from` are reported")
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
            """)
        #expect(issues == [
            issue(9, 5, .missingField("title", owner: "case_file section")),
            issue(10, 9, .missingField("heading", owner: "case_file entry")),
            issue(11, 9, .missingField("from", owner: "case_file entry")),
        ])
    }

    // MARK: Wrong kinds of value

    @Test("`version: abc` is reported as not a whole number, at the value")
    func versionNotAnInteger() {
        let issues = InlineGrid.issues("""
            grid: g
            version: abc
            sections: [{id: s, title: S, questions: [{id: a, text: A, type: text}]}]
            """)
        #expect(issues == [issue(2, 10, .wrongKind(field: "version", expected: .integer))])
    }

    @Test("`version: 1.5` is reported as not a whole number")
    func versionNotWhole() {
        let issues = InlineGrid.issues("""
            grid: g
            version: 1.5
            sections: [{id: s, title: S, questions: [{id: a, text: A, type: text}]}]
            """)
        #expect(issues == [issue(2, 10, .wrongKind(field: "version", expected: .integer))])
    }

    @Test("`required: maybe` is reported as not true or false, at the value")
    func requiredNotABoolean() {
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
                    required: maybe
            """)
        #expect(issues == [issue(10, 19, .wrongKind(field: "required", expected: .boolean))])
    }

    @Test("`personal: 1` is reported as not true or false")
    func personalNotABoolean() {
        let issues = InlineGrid.issues("""
            grid: g
            version: 1
            sections:
              - id: s
                title: S
                questions:
                  - {id: a, text: A, type: text, personal: 1}
            """)
        #expect(issues == [issue(7, 48, .wrongKind(field: "personal", expected: .boolean))])
    }

    @Test("`probes` given as a mapping is reported as not a list")
    func probesNotAList() {
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
                    probes: {first: Lequel?}
            """)
        #expect(issues == [issue(10, 17, .wrongKind(field: "probes", expected: .list))])
    }

    @Test("A probe that is itself a list is reported as not a text, at that item")
    func nestedProbe() {
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
                    probes:
                      - Lequel?
                      - [Pourquoi, Comment]
            """)
        #expect(issues == [issue(12, 13, .wrongKind(field: "probes", expected: .text))])
    }

    @Test("`probes: 3` is reported as a wrong kind of value",
          .disabled("bug: a lone scalar is taken as a one-item list, so `probes: 3` becomes the probe \"3\""))
    func probesNumber() {
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
                    probes: 3
            """)
        #expect(issues == [issue(10, 17, .wrongKind(field: "probes", expected: .list))])
    }

    @Test("`min`, `max` and `count` that are not numbers are reported at their values")
    func boundsNotNumbers() {
        let issues = InlineGrid.issues("""
            grid: g
            version: 1
            sections:
              - id: s
                title: S
                questions:
                  - {id: l, text: L, type: list}
                  - id: a
                    text: A
                    type: integer
                    min: lots
                    max: .inf
                  - id: r
                    text: R
                    type: rank
                    from: l
                    count: two
            """)
        #expect(issues == [
            issue(11, 14, .wrongKind(field: "min", expected: .number)),
            issue(12, 14, .wrongKind(field: "max", expected: .number)),
            issue(17, 16, .wrongKind(field: "count", expected: .integer)),
        ])
    }

    @Test("An empty `text:` is reported as not a text")
    func emptyText() {
        let issues = InlineGrid.issues("""
            grid: g
            version: 1
            sections:
              - id: s
                title: S
                questions:
                  - id: a
                    text:
                    type: text
            """)
        #expect(issues.map(\.problem) == [.wrongKind(field: "text", expected: .text)])
        #expect(issues.first?.position.line == 8)
    }

    @Test("A grid `title` given as a list is reported as not a text")
    func titleNotText() {
        let issues = InlineGrid.issues("""
            grid: g
            version: 1
            title: [Grille, d'entretien]
            sections: [{id: s, title: S, questions: [{id: a, text: A, type: text}]}]
            """)
        #expect(issues == [issue(3, 8, .wrongKind(field: "title", expected: .text))])
    }

    @Test("`sections`, `objectives`, `codebook` and `case_file` that are not lists are reported")
    func topLevelListsOfWrongKind() {
        let issues = InlineGrid.issues("""
            grid: g
            version: 1
            objectives: {first: Comprendre}
            sections: demarrage
            codebook: ancrage
            case_file: {title: T}
            """)
        #expect(issues == [
            issue(3, 13, .wrongKind(field: "objectives", expected: .list)),
            issue(4, 11, .wrongKind(field: "sections", expected: .list)),
            issue(5, 11, .wrongKind(field: "codebook", expected: .list)),
            issue(6, 12, .wrongKind(field: "case_file", expected: .list)),
        ])
    }

    @Test("`choices` given as one text is reported as not a list, and the question as having no choices")
    func choicesNotAList() {
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
                    choices: Urbain
            """)
        #expect(issues == [
            issue(10, 18, .wrongKind(field: "choices", expected: .list)),
            issue(10, 18, .noChoices(.choice)),
        ])
    }

    @Test("A section that is a plain text instead of fields is reported as not a mapping")
    func sectionNotAMapping() {
        let issues = InlineGrid.issues("""
            grid: g
            version: 1
            sections:
              - demarrage
            """)
        #expect(issues == [issue(4, 5, .notAMapping(owner: "section"))])
    }

    @Test("A question that is a plain text instead of fields is reported as not a mapping")
    func questionNotAMapping() {
        let issues = InlineGrid.issues("""
            grid: g
            version: 1
            sections:
              - id: s
                title: S
                questions:
                  - "Quel est le nom de l'organisme?"
            """)
        #expect(issues == [issue(7, 9, .notAMapping(owner: "question"))])
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
            issue(18, 9, .missingField("from", owner: "case_file entry")),
            issue(18, 22, .unknownField("fro", owner: "case_file entry", suggestion: "from")),
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

    // MARK: Ids

    @Test("A grid id that is not a slug is reported at the value")
    func invalidGridID() {
        let issues = InlineGrid.issues("""
            grid: Territoires Nourriciers
            version: 1
            sections: [{id: s, title: S, questions: [{id: a, text: A, type: text}]}]
            """)
        #expect(issues == [issue(1, 7, .invalidID("Territoires Nourriciers", kind: .grid))])
    }

    @Test("Question ids that are not slugs (spaces, upper case, paths) are reported at their values")
    func invalidQuestionIDs() {
        let issues = InlineGrid.issues("""
            grid: g
            version: 1
            sections:
              - id: s
                title: S
                questions:
                  - {id: Nom organisation, text: A, type: text}
                  - {id: ../etc, text: B, type: text}
                  - {id: _prive, text: C, type: text}
            """)
        #expect(issues == [
            issue(7, 14, .invalidID("Nom organisation", kind: .question)),
            issue(8, 14, .invalidID("../etc", kind: .question)),
            issue(9, 14, .invalidID("_prive", kind: .question)),
        ])
    }

    @Test("A choice whose id is not a slug, or whose text has no letter or digit, is reported")
    func invalidChoiceIDs() {
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
                      - {id: Coop A, label: "Coopérative A"}
                      - "—"
            """)
        #expect(issues == [
            issue(11, 18, .invalidID("Coop A", kind: .choice)),
            issue(12, 13, .invalidID("—", kind: .choice)),
        ])
    }

    @Test("A section id that is not a slug is reported",
          .disabled("bug: section ids are never checked with Slug.isValid, though IDKind.section exists"))
    func invalidSectionID() {
        let issues = InlineGrid.issues("""
            grid: g
            version: 1
            sections:
              - id: Démarrage
                title: S
                questions:
                  - {id: a, text: A, type: text}
            """)
        #expect(issues == [issue(4, 9, .invalidID("Démarrage", kind: .section))])
    }

    @Test("Theme and code ids that are not slugs are reported",
          .disabled("bug: theme and code ids are never checked with Slug.isValid, though IDKind.theme and .code exist"))
    func invalidThemeAndCodeIDs() {
        let issues = InlineGrid.issues("""
            grid: g
            version: 1
            sections:
              - id: s
                title: S
                questions:
                  - {id: a, text: A, type: text}
            codebook:
              - id: L'ancrage
                codes:
                  - {id: Mobilisation citoyenne}
            """)
        #expect(issues == [
            issue(9, 9, .invalidID("L'ancrage", kind: .theme)),
            issue(11, 14, .invalidID("Mobilisation citoyenne", kind: .code)),
        ])
    }

    @Test("A question id used twice, even in another section, is reported at the second with the first's line")
    func duplicateQuestionID() {
        let issues = InlineGrid.issues("""
            grid: g
            version: 1
            sections:
              - id: s
                title: S
                questions:
                  - {id: nom, text: A, type: text}
              - id: t
                title: T
                questions:
                  - {id: nom, text: B, type: text}
            """)
        #expect(issues == [issue(11, 14, .duplicateID("nom", kind: .question, firstLine: 7))])
    }

    @Test("A section id used twice is reported at the second")
    func duplicateSectionID() {
        let issues = InlineGrid.issues("""
            grid: g
            version: 1
            sections:
              - id: s
                title: S
                questions:
                  - {id: a, text: A, type: text}
              - id: s
                title: T
                questions:
                  - {id: b, text: B, type: text}
            """)
        #expect(issues == [issue(8, 9, .duplicateID("s", kind: .section, firstLine: 4))])
    }

    @Test("A theme id used twice is reported at the second")
    func duplicateThemeID() {
        let issues = InlineGrid.issues("""
            grid: g
            version: 1
            sections: [{id: s, title: S, questions: [{id: a, text: A, type: text}]}]
            codebook:
              - {id: ancrage, label: Ancrage}
              - {id: ancrage, label: Ancrage encore}
            """)
        #expect(issues == [issue(6, 10, .duplicateID("ancrage", kind: .theme, firstLine: 5))])
    }

    @Test("A code id used twice in one theme is reported; the same code in two themes is allowed")
    func duplicateCodeID() {
        let issues = InlineGrid.issues("""
            grid: g
            version: 1
            sections: [{id: s, title: S, questions: [{id: a, text: A, type: text}]}]
            codebook:
              - id: ancrage
                codes:
                  - {id: soutien, label: Soutien}
                  - {id: soutien, label: Soutien technique}
              - id: accompagnement
                codes:
                  - {id: soutien, label: Soutien}
            """)
        #expect(issues == [issue(8, 14, .duplicateID("soutien", kind: .code, firstLine: 7))])
    }

    @Test("Two choices with the same id in one question are reported; the same choice in two questions is allowed")
    func duplicateChoiceID() {
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
                      - Urbain
                      - {id: urbain, label: En ville}
                  - {id: b, text: B, type: multichoice, choices: [Urbain, Rural]}
            """)
        #expect(issues == [issue(12, 18, .duplicateID("urbain", kind: .choice, firstLine: 11))])
    }

    @Test("Two plain-text choices that make the same slug are reported as duplicates")
    func duplicateChoiceSlugs() {
        let issues = InlineGrid.issues("""
            grid: g
            version: 1
            sections:
              - id: s
                title: S
                questions:
                  - {id: a, text: A, type: choice, choices: [Périurbain, périurbain]}
            """)
        #expect(issues == [issue(7, 62, .duplicateID("periurbain", kind: .choice, firstLine: 7))])
    }

    // MARK: Rules of one question

    @Test("A rank without `from` is reported at the question")
    func rankWithoutFrom() {
        let issues = InlineGrid.issues("""
            grid: g
            version: 1
            sections:
              - id: s
                title: S
                questions:
                  - id: r
                    text: R
                    type: rank
                    count: 3
            """)
        #expect(issues == [issue(7, 9, .rankWithoutFrom)])
    }

    @Test("`count: 0` and negative counts are reported at the value")
    func countBelowOne() {
        let issues = InlineGrid.issues("""
            grid: g
            version: 1
            sections:
              - id: s
                title: S
                questions:
                  - {id: l, text: L, type: list}
                  - {id: r, text: R, type: rank, from: l, count: 0}
                  - {id: t, text: T, type: rank, from: l, count: -2}
            """)
        #expect(issues == [
            issue(8, 54, .countBelowOne(0)),
            issue(9, 54, .countBelowOne(-2)),
        ])
    }

    @Test("`min` greater than `max` is reported at `min`")
    func minAboveMax() {
        let issues = InlineGrid.issues("""
            grid: g
            version: 1
            sections:
              - id: s
                title: S
                questions:
                  - id: part
                    text: P
                    type: percent
                    min: 100
                    max: 0.5
            """)
        #expect(issues == [issue(10, 14, .minAboveMax(min: 100, max: 0.5))])
    }

    @Test("A choice question without `choices` is reported at the question")
    func choiceWithoutChoices() {
        let issues = InlineGrid.issues("""
            grid: g
            version: 1
            sections:
              - id: s
                title: S
                questions:
                  - id: milieu
                    text: M
                    type: choice
            """)
        #expect(issues == [issue(7, 9, .noChoices(.choice))])
    }

    @Test("A multichoice question with `choices: []` is reported at the empty list")
    func multichoiceWithEmptyChoices() {
        let issues = InlineGrid.issues("""
            grid: g
            version: 1
            sections:
              - id: s
                title: S
                questions:
                  - id: roles
                    text: R
                    type: multichoice
                    choices: []
            """)
        #expect(issues == [issue(10, 18, .noChoices(.multichoice))])
    }

    // MARK: Sections and languages

    @Test("A section with `questions: []` is reported as empty, at the section")
    func emptySection() {
        let issues = InlineGrid.issues("""
            grid: g
            version: 1
            sections:
              - id: s
                title: S
                questions:
                  - {id: a, text: A, type: text}
              - id: vide
                title: Vide
                questions: []
            """)
        #expect(issues == [issue(8, 5, .emptySection("vide"))])
    }

    @Test("`sections: []` is reported as a grid with no sections, at the empty list")
    func noSections() {
        #expect(InlineGrid.issues("grid: g\nversion: 1\nsections: []\n") == [issue(3, 11, .noSections)])
    }

    @Test("An unsupported language is reported at the value")
    func unsupportedLanguage() {
        let issues = InlineGrid.issues("""
            grid: g
            version: 1
            language: de
            sections: [{id: s, title: S, questions: [{id: a, text: A, type: text}]}]
            """)
        #expect(issues == [issue(3, 11, .unsupportedLanguage("de"))])
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
