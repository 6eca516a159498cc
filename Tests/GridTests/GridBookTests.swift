import Testing
@testable import Grid

/// A grid's `book:` block and its choices' groups are read, and checked like every other field.
@Suite("The book block and choice groups of a grid")
struct GridBookTests {
    private static let text = """
        grid: livre
        version: 1
        title: "Grille"
        book:
          title: "Entreprendre « ensemble »"
          subtitle: "Cahier de cas"
          cases: {singular: entreprise, plural: entreprises}
          introduction: |
            Premier paragraphe.

            Second, avec **gras**.
        sections:
          - id: profil
            title: "Profil"
            questions:
              - id: statut
                text: "Statut?"
                type: choice
                choices:
                  - {id: coop_travail, label: "Coopérative de travail", group: "Coopératives"}
                  - {id: obnl, label: "OBNL"}
        """

    @Test("the book's title, subtitle and introduction are read as written")
    func bookIsRead() throws {
        let grid = try #require(InlineGrid.load(Self.text))
        #expect(grid.book.title == "Entreprendre « ensemble »")
        #expect(grid.book.subtitle == "Cahier de cas")
        #expect(grid.book.introduction == "Premier paragraphe.\n\nSecond, avec **gras**.\n")
        #expect(grid.book.caseSingular == "entreprise" && grid.book.casePlural == "entreprises")
    }

    @Test("a choice's group is read; an option without one has none")
    func groupsAreRead() throws {
        let grid = try #require(InlineGrid.load(Self.text))
        #expect(grid.question(id: "statut")?.choices.map(\.group) == ["Coopératives", nil])
    }

    @Test("a misspelt field of the book block is reported with a suggestion")
    func misspeltBookField() {
        let issues = InlineGrid.issues(Self.text.replacingOccurrences(of: "subtitle:", with: "subtitel:"))
        #expect(issues.count == 1)
        #expect(issues.first.map { "\($0)" }?.contains("subtitle") == true)
    }

    @Test("the built-in grid has a book title page and groups its co-operatives")
    func builtInGrid() throws {
        let grid = try DefaultGrid.load().grid
        #expect(grid.book.subtitle == "Cahier de cas")
        let groups = grid.question(id: "statut")?.choices.compactMap(\.group) ?? []
        #expect(groups.count == 5 && Set(groups) == ["Coopératives"])
    }
}
