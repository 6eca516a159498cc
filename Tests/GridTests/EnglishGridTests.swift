import Testing
@testable import Grid

/// The built-in grid in English: every text translated, no French left, the same ids.
@Suite("The built-in grid in English")
struct EnglishGridTests {
    private let french: Grid
    private let english: Grid

    init() throws {
        french = try DefaultGrid.load().grid
        english = french.localized(to: .en)
    }

    /// Names the English text keeps as written: Québec organisations and places.
    private static let properNouns = [
        "Caisse d'économie solidaire Desjardins", "Investissement Québec", "Chantier de l'économie sociale",
        "Territoires nourriciers",
    ]

    /// Marks and words that only French has (the English text may hold them only in a proper noun).
    private static let frenchMarks = [
        "«", "»", "·", "-e-s", " de ", " des ", " les ", " le ", " la ", " du ", " et ", " une ", " un ",
        " à ", " est ", " sont ", " avec ", " pour ", " dans ", " leur", "Quel", "quel", "Comment", "Combien",
        "entreprise", "organisme", "OBNL", "Coopérative", "coopérative", "économie", "Démarrage", "Défis", "fiche",
        "Besoin", "Enjeux", "enjeux", "Principaux", "Courriel", "Site Web", "Entrevue", "comptait", "AGA",
    ]

    /// French typography: a space before the high punctuation.
    private static let frenchSpacing = [" :", " ;", " ?", " !"]

    private static func frenchLeft(in text: String) -> [String] {
        var text = text
        for noun in properNouns { text = text.replacingOccurrences(of: noun, with: "") }
        return frenchSpacing.filter { text.contains($0) } + frenchMarks.filter { " \(text) ".contains($0) }
    }

    @Test("the built-in grid is written in French and English, French first")
    func languages() {
        #expect(french.language == .fr)
        #expect(french.languages == [.fr, .en])
        #expect(english.language == .en)
    }

    @Test("every French text and fiche sentence has an English one")
    func everyTextTranslated() throws {
        let table = try #require(french.translations[.en])
        let untranslated = french.everyText.filter { table.texts[$0.text] == nil }.map(\.place)
        #expect(untranslated == [])
        let sentences = french.everyTemplate.filter { table.templates[$0.template] == nil }.map(\.place)
        #expect(sentences == [])
    }

    @Test("no English text holds French marks or words, proper nouns aside")
    func noFrenchLeft() {
        let texts = english.everyText.filter { $0.place.hasPrefix("region.choice.") == false }
        let french = texts.compactMap { placed -> String? in
            let found = Self.frenchLeft(in: placed.text)
            return found.isEmpty ? nil : "\(placed.place): \(found) in « \(placed.text) »"
        }
        #expect(french == [])
        let sentences = english.everyTemplate.compactMap { placed -> String? in
            let found = Self.frenchLeft(in: placed.template.words)
            return found.isEmpty ? nil : "\(placed.place): \(found) in « \(placed.template.words) »"
        }
        #expect(sentences == [])
    }

    @Test("localized to English, every question's text changes and every id stays")
    func everyQuestionChanges() {
        let pairs = zip(french.questions, english.questions)
        #expect(french.questions.count == english.questions.count)
        #expect(pairs.filter { $0.text == $1.text }.map(\.0.id) == [])
        #expect(pairs.allSatisfy { $0.id == $1.id && $0.type == $1.type && $0.when == $1.when })
        #expect(pairs.allSatisfy { $0.choices.map(\.id) == $1.choices.map(\.id) })
        #expect(french.codeIDs == english.codeIDs)
    }

    @Test("each English fiche sentence uses the same answers as its French one")
    func samePlaceholders() {
        let different = zip(french.everyTemplate, english.everyTemplate).filter { fr, en in
            Set(fr.template.questionIDs) != Set(en.template.questionIDs)
        }.map(\.0.place)
        #expect(different == [])
    }

    @Test("the English grid speaks of case sheets, non-profits and co-operatives as an English case book does")
    func terms() throws {
        let statut = try #require(english.question(id: "statut"))
        #expect(statut.choices.map(\.label) == ["Consumer co-operative", "Producer co-operative", "Worker co-operative",
                                               "Solidarity co-operative", "Worker-shareholder co-operative", "Non-profit (NPO)"])
        #expect(statut.choices.first?.group == "Co-operatives")
        #expect(english.question(id: "nb_employes")?.unit == "employees")
        #expect(english.question(id: "nb_employes")?.unitSingular == "employee")
        #expect(english.question(id: "mrc")?.label == "Regional county municipality (MRC)")
        #expect(english.codebook.map(\.label).first == "Community roots")
        #expect(english.caseFile.map(\.title) == ["At a glance", "Start-up", "Development and viability",
                                                  "Lessons learned and development issues", "For more information"])
        #expect(english.book.subtitle == "Case book")
        #expect(english.book.caseSingular == "enterprise" && english.book.casePlural == "enterprises")
    }

    @Test("the regions of Québec keep their official names in English")
    func regions() throws {
        let french = try #require(french.question(id: "region")).choices.map(\.label)
        #expect(try #require(english.question(id: "region")).choices.map(\.label) == french)
    }
}
