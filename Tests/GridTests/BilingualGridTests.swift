import Testing
@testable import Grid

/// A grid written in two languages: every text given per language, the grid shown in either,
/// ids and data the same; a text missing in one language reported where it is.
@Suite("Grids in two languages")
struct BilingualGridTests {
    private static let text = """
        grid: bilingue
        version: 1
        language: fr
        languages: [fr, en]
        title: {fr: "Entreprendre « ensemble »", en: "Starting up “together”"}
        objectives:
          - {fr: "Comprendre le démarrage.", en: "Understand the start-up."}
        kicker: {fr: "Statut : {statut}", en: "Status: {statut}"}
        sections:
          - id: profil
            title: {fr: "Profil", en: "Profile"}
            questions:
              - id: statut
                text: {fr: "Quel est le statut?", en: "What is the legal status?"}
                help: {fr: "Par exemple : coopérative.", en: "For example: co-operative."}
                probes:
                  - {fr: "Depuis quand?", en: "Since when?"}
                type: choice
                choices:
                  - {id: coop, label: {fr: "Coopérative", en: "Co-operative"}, group: {fr: "Coopératives", en: "Co-operatives"}}
                  - {fr: "Autre", en: "Other"}
              - id: employes
                text: {fr: "Combien d'employé·e·s?", en: "How many employees?"}
                type: integer
                unit: {singular: {fr: employé·e, en: employee}, plural: {fr: employé·e·s, en: employees}}
        codebook:
          - id: ancrage
            label: {fr: "L'ancrage", en: "Community roots"}
            codes:
              - {id: mobilisation, label: {fr: "Mobilisation", en: "Mobilisation"}}
        case_file:
          - title: {fr: "Portrait", en: "Profile"}
            entries:
              - heading: {fr: "Équipe", en: "Team"}
                lines:
                  - {fr: "Elle compte {employes}.", en: "It has {employes}."}
        book:
          subtitle: {fr: "Cahier de cas", en: "Case book"}
        """

    @Test("the grid reads in its primary language, with its languages listed")
    func primary() throws {
        let grid = try #require(InlineGrid.load(Self.text))
        #expect(grid.languages == [.fr, .en])
        #expect(grid.title == "Entreprendre « ensemble »")
        #expect(grid.question(id: "statut")?.choices.map(\.id) == ["coop", "autre"])
    }

    @Test("localized to English, every text is English and every id and type the same")
    func english() throws {
        let grid = try #require(InlineGrid.load(Self.text)).localized(to: .en)
        #expect(grid.language == .en)
        #expect(grid.title == "Starting up “together”")
        #expect(grid.objectives == ["Understand the start-up."])
        #expect(grid.sections.first?.title == "Profile")
        let statut = try #require(grid.question(id: "statut"))
        #expect(statut.text == "What is the legal status?")
        #expect(statut.help == "For example: co-operative.")
        #expect(statut.probes == ["Since when?"])
        #expect(statut.choices.map(\.label) == ["Co-operative", "Other"])
        #expect(statut.choices.map(\.id) == ["coop", "autre"])
        #expect(statut.choices.first?.group == "Co-operatives")
        let employes = try #require(grid.question(id: "employes"))
        #expect(employes.unit == "employees" && employes.unitSingular == "employee")
        #expect(grid.codebook.first?.label == "Community roots")
        #expect(grid.caseFile.first?.title == "Profile")
        #expect(grid.caseFile.first?.entries.first?.heading == "Team")
        #expect(grid.caseFile.first?.entries.first?.lines.first?.sentences.first?.template
                == FicheTemplate(parts: [.text("It has "), .answer("employes"), .text(".")]))
        #expect(grid.kicker == FicheTemplate(parts: [.text("Status: "), .answer("statut")]))
        #expect(grid.book.subtitle == "Case book")
    }

    @Test("localized to its own language or one it lacks, the grid is unchanged")
    func sameOrMissing() throws {
        let grid = try #require(InlineGrid.load(Self.text))
        #expect(grid.localized(to: .fr) == grid)
        let single = try #require(InlineGrid.load("grid: g\nversion: 1\nsections:\n  - {id: s, title: S, questions: [{id: q, text: Q, type: text}]}\n"))
        #expect(single.localized(to: .en) == single)
    }

    @Test("a text missing in one language is reported at the text, naming the language")
    func missingTranslation() {
        let broken = Self.text.replacingOccurrences(of: #"help: {fr: "Par exemple : coopérative.", en: "For example: co-operative."}"#,
                                                    with: #"help: "Par exemple : coopérative.""#)
        let issues = InlineGrid.issues(broken)
        #expect(issues.map(\.problem) == [.missingTranslation(.en)])
        #expect(issues.first?.position.line == 15)
    }

    @Test("a language the grid does not declare is reported")
    func undeclared() {
        let issues = InlineGrid.issues("grid: g\nversion: 1\ntitle: {fr: T, en: T}\nsections:\n  - {id: s, title: S, questions: [{id: q, text: Q, type: text}]}\n")
        #expect(issues.map(\.problem) == [.undeclaredLanguage("en")])
    }

    @Test("one French fiche sentence given two English versions is reported")
    func conflictingSentences() {
        let twice = Self.text.replacingOccurrences(of: #"          - {fr: "Elle compte {employes}.", en: "It has {employes}."}"#,
                                                   with: #"          - {fr: "Elle compte {employes}.", en: "It has {employes}."}"# + "\n"
                                                       + #"          - {fr: "Elle compte {employes}.", en: "It counts {employes}."}"#)
        #expect(InlineGrid.issues(twice).map(\.problem) == [.conflictingTranslation("Elle compte {employes}.", language: .en, first: "It has {employes}.")])
    }

    @Test("a fiche sentence in the other language has its placeholders checked too")
    func templatePlaceholdersChecked() {
        let broken = Self.text.replacingOccurrences(of: #"en: "It has {employes}.""#, with: #"en: "It has {employez}.""#)
        let issues = InlineGrid.issues(broken)
        #expect(issues.count == 1)
        #expect(issues.first.map { "\($0.problem)" }?.contains("employez") == true)
    }
}
