import Testing
@testable import Grid

/// Ids that are not slugs, and ids used twice.
@Suite("Grid ids")
struct GridIDTests {
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

    @Test("A section id that is not a slug is reported")
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

    @Test("Theme and code ids that are not slugs are reported")
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
}
