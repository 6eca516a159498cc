import Foundation
import Testing
@testable import Grid

/// Files that are not a YAML or JSON mapping at all: each gives one problem, placed where it is.
@Suite("Grid files that cannot be read")
struct GridSyntaxErrorTests {
    @Test("An empty file is reported at 1:1")
    func emptyFile() {
        #expect(InlineGrid.issues("") == [issue(1, 1, .emptyFile)])
    }

    @Test("A file of blank lines and spaces is reported as empty")
    func whitespaceOnlyFile() {
        #expect(InlineGrid.issues("   \n\n  \n \n") == [issue(1, 1, .emptyFile)])
    }

    @Test("A blank line holding a tab is reported as tab indentation, as libyaml refuses it")
    func blankLineWithTab() {
        #expect(InlineGrid.issues("   \n\n  \n\t\n") == [issue(4, 1, .tabIndentation)])
    }

    @Test("A file of comments only is reported as empty")
    func commentOnlyFile() {
        #expect(InlineGrid.issues("# grille à venir\n# rien encore\n") == [issue(1, 1, .emptyFile)])
    }

    @Test("A file holding only an empty document is reported as empty")
    func emptyDocument() {
        #expect(InlineGrid.issues("---\n...\n") == [issue(1, 1, .emptyFile)])
    }

    @Test("Binary data with a NUL byte is reported as not text")
    func binaryData() {
        let data = Data("grid: g\n".utf8) + Data([0x00, 0x01, 0x02]) + Data("version: 1\n".utf8)
        #expect(InlineGrid.issues(data: data) == [issue(1, 1, .notText)])
    }

    @Test("A grid saved as UTF-16 is reported as not text")
    func utf16File() throws {
        let data = try #require("grid: g\nversion: 1\n".data(using: .utf16LittleEndian))
        #expect(InlineGrid.issues(data: data) == [issue(1, 1, .notText)])
    }

    @Test("Invalid UTF-8 (a Latin-1 é) is reported as not text")
    func invalidUTF8() {
        // "titre: Démarrage" saved in Latin-1: é is the lone byte E9.
        let data = Data("grid: g\ntitle: D".utf8) + Data([0xE9]) + Data("marrage\n".utf8)
        #expect(InlineGrid.issues(data: data) == [issue(1, 1, .notText)])
    }

    @Test("A control character in the text is reported as not text")
    func controlCharacter() {
        #expect(InlineGrid.issues("grid: g\u{07}\nversion: 1\n") == [issue(1, 1, .notText)])
    }

    @Test("Tab indentation is reported on the tab's line and column")
    func tabIndentation() {
        let issues = InlineGrid.issues("grid: g\nversion: 1\nsections:\n\t- id: s\n")
        #expect(issues == [issue(4, 1, .tabIndentation)])
    }

    @Test("An unclosed quote is reported where the quoted text opens")
    func unclosedQuote() {
        let issues = InlineGrid.issues("""
            grid: g
            version: 1
            title: "Grille d'entretien
            sections: []
            """)
        #expect(issues == [issue(3, 8, .unclosedQuote)])
    }

    @Test("An unclosed single quote is reported where it opens")
    func unclosedSingleQuote() {
        let issues = InlineGrid.issues("grid: g\nversion: 1\ntitle: 'Grille\n")
        #expect(issues == [issue(3, 8, .unclosedQuote)])
    }

    @Test("': ' inside an unquoted text is reported at the second colon")
    func colonInPlainText() {
        let issues = InlineGrid.issues("""
            grid: g
            version: 1
            title: Démarrage: défis et facteurs de succès
            """)
        #expect(issues == [issue(3, 17, .colonInPlainText)])
    }

    @Test("A duplicate key is reported with its name")
    func duplicateKey() {
        let issues = InlineGrid.issues("""
            grid: g
            version: 1
            version: 2
            sections: []
            """)
        #expect(issues.map(\.problem) == [.duplicateKey("version")])
        #expect(issues.map(\.position.line) == [2])
    }

    @Test("A duplicate key inside a question is reported on that question's lines")
    func duplicateKeyInQuestion() {
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
                    text: B
            """)
        #expect(issues.map(\.problem) == [.duplicateKey("text")])
        #expect(issues.allSatisfy { (8...10).contains($0.position.line) })
    }

    @Test("Other YAML syntax errors are reported with libyaml's reason and position")
    func otherYAMLSyntax() {
        let issues = InlineGrid.issues("""
            grid: g
            version: 1
            objectives: [a, b
            sections: []
            """)
        #expect(issues.count == 1)
        guard case .yamlSyntax(let reason)? = issues.first?.problem else {
            Issue.record("expected a YAML syntax error, got \(issues)")
            return
        }
        #expect(!reason.isEmpty)
        #expect(issues.first?.position.line == 4)
    }

    @Test("A list at the top level is reported: a grid is a mapping")
    func rootIsAList() {
        #expect(InlineGrid.issues("- grid: g\n- version: 1\n") == [issue(1, 1, .notAMapping(owner: "grid"))])
    }

    @Test("A lone text at the top level is reported: a grid is a mapping")
    func rootIsAScalar() {
        #expect(InlineGrid.issues("territoires-nourriciers\n") == [issue(1, 1, .notAMapping(owner: "grid"))])
    }

    @Test("A JSON grid with an error is reported at the error's JSON line and column")
    func jsonErrorPosition() {
        let issues = InlineGrid.issues("""
            {
              "grid": "g",
              "version": 1,
              "sections": [
                {"id": "s", "title": "S", "questions": [
                  {"id": "a", "text": "A", "type": "txt"}
                ]}
              ]
            }
            """)
        #expect(issues == [issue(6, 40, .unknownType("txt", suggestion: "text"))])
    }

    @Test("A JSON syntax error (missing comma) is reported on its line")
    func jsonSyntaxError() {
        let issues = InlineGrid.issues("""
            {
              "grid": "g"
              "version": 1
            }
            """)
        #expect(issues.count == 1)
        #expect(issues.first?.position.line == 3)
    }
}
