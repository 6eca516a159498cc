import Testing
@testable import Grid

/// Fields holding the wrong kind of value (text, whole number, number, boolean, list, mapping).
@Suite("Grid fields with the wrong kind of value")
struct GridValueKindTests {
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

    @Test("A lone probe is taken as a one-item list (a decision: one relance needs no brackets)")
    func loneProbe() {
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
        #expect(issues.isEmpty)
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

    @Test("An empty `text:` is reported as a missing text, at its line")
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
        #expect(issues.map(\.problem) == [.missingField("text", owner: "question")])
        #expect(issues.first?.position.line == 8)
    }

    @Test("`label: null` and `help: ~` are not read as the texts \"null\" and \"~\"")
    func nullIsNotText() {
        let yaml = """
            grid: g
            version: 1
            sections:
              - id: s
                title: S
                questions:
                  - id: a
                    text: A
                    type: text
                    label: null
                    help: ~
            """
        let question = InlineGrid.load(yaml)?.questions.first
        #expect(!InlineGrid.issues(yaml).isEmpty || (question?.label == nil && question?.help == nil))
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

    @Test("`choices` given as one text is reported as not a list, and only that")
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
}
