import Testing
@testable import Grid

/// Rules of one question (rank, count, bounds, choices), sections and languages.
@Suite("Grid question and section rules")
struct GridRuleTests {
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
}
