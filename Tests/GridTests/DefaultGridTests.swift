import Foundation
import Testing
@testable import Grid

@Suite("The built-in grid, Territoires nourriciers")
struct DefaultGridTests {
    /// The repository root, found from this file's path (`Tests/GridTests/DefaultGridTests.swift`).
    private static let repositoryRoot = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    private func grid() throws -> Grid {
        try DefaultGrid.load().grid
    }

    @Test("The embedded bytes are exactly those of grids/territoires-nourriciers.yaml")
    func embeddedBytesMatchTheFile() throws {
        let url = Self.repositoryRoot.appendingPathComponent("grids/territoires-nourriciers.yaml")
        let onDisk = [UInt8](try Data(contentsOf: url))
        let embedded = DefaultGrid.bytes
        let identical = embedded == onDisk
        #expect(identical, "embedded \(embedded.count) bytes (SHA-256 \(SHA256.hex(of: embedded))), file \(onDisk.count) bytes (SHA-256 \(SHA256.hex(of: onDisk)))")
        #expect(try DefaultGrid.load().sha256 == SHA256.hex(of: onDisk))
    }

    @Test("The file on disk loads to the same grid as the embedded one")
    func fileOnDiskLoads() throws {
        let path = Self.repositoryRoot.appendingPathComponent("grids/territoires-nourriciers.yaml").path
        #expect(try GridLoader.load(contentsOf: path).grid == grid())
    }

    @Test("Every question has a label, or a text short enough to stand for one")
    func everyQuestionHasALabel() throws {
        let unlabelled = try grid().questions.filter { question in
            guard let label = question.label else { return question.text.count > 60 }
            return label.trimmingCharacters(in: .whitespaces).isEmpty
        }
        #expect(unlabelled.map(\.id) == [])
    }

    @Test("Question and section ids are all distinct slugs")
    func idsAreSlugs() throws {
        let grid = try grid()
        let ids = grid.questions.map(\.id) + grid.sections.map(\.id)
        #expect(ids.filter { !Slug.isValid($0) } == [])
        #expect(Set(grid.questions.map(\.id)).count == grid.questions.count)
    }

    @Test("The case file follows the reference fiches: its sections, in order")
    func caseFileSections() throws {
        #expect(try grid().caseFile.map(\.title) == [
            "En bref",
            "Démarrage",
            "Développement et viabilité",
            "Apprentissages et enjeux de développement",
            "Pour plus d'information",
        ])
    }

    @Test("The En bref section has the reference fiches' headings, in order")
    func enBrefHeadings() throws {
        let enBref = try #require(try grid().caseFile.first)
        #expect(enBref.entries.map(\.heading) == [
            "Date de création et besoin à l'origine",
            "Mission, vision, valeurs",
            "Clientèle et publics cibles",
            "Statut juridique et gouvernance",
            "Proposition de valeur / positionnement",
            "Activités clés",
            "Stratégie de mise en marché",
            "Ressources clés et stratégies de mutualisation",
            "Réseau de distribution",
            "Principaux partenaires",
        ])
    }

    @Test("Every case file entry names at least one question of the grid")
    func caseFileEntriesNameQuestions() throws {
        let grid = try grid()
        for entry in grid.caseFile.flatMap(\.entries) {
            // `from` or `lines`: either way the entry names questions, and every one exists.
            #expect(!entry.questionIDs.isEmpty, "\(entry.heading ?? "(no heading)")")
            #expect(entry.questionIDs.allSatisfy { grid.question(id: $0) != nil }, "\(entry.heading ?? "(no heading)")")
        }
    }

    @Test("The codebook has the seven enjeux of the tableau récapitulatif, each with codes")
    func codebookHasTheSevenEnjeux() throws {
        let codebook = try grid().codebook
        #expect(codebook.map(\.id) == [
            "ancrage", "gouvernance", "leadership", "accompagnement",
            "proposition_valeur", "gestion_financiere", "gestion_operations",
        ])
        #expect(codebook.map(\.label) == [
            "L'ancrage dans la communauté",
            "La gouvernance démocratique",
            "Le leadership et la gestion stratégique",
            "L'accompagnement",
            "La proposition de valeur et la stratégie de mise en marché",
            "La gestion financière",
            "La gestion des opérations",
        ])
        #expect(codebook.allSatisfy { !$0.codes.isEmpty })
    }

    @Test("Names, e-mail and phone are personal, and typed as such")
    func personalQuestions() throws {
        let grid = try grid()
        let personal = Set(grid.questions.filter(\.personal).map(\.id))
        #expect(personal.isSuperset(of: ["nom_repondant", "contact_nom", "courriel", "telephone"]))
        #expect(grid.question(id: "courriel")?.type == .email)
        #expect(grid.question(id: "telephone")?.type == .phone)
        #expect(grid.question(id: "nom_organisation")?.personal == false)
    }

    @Test("The fiche title is the organisation's name, its kicker the surtitre, its summary the presentation; no subtitle")
    func titleAndSubtitle() throws {
        let grid = try grid()
        #expect(grid.titleFrom == "nom_organisation")
        #expect(grid.subtitleFrom == nil)
        #expect(grid.kicker?.questionIDs == ["surtitre"])
        #expect(grid.question(id: "surtitre")?.type == .text)
        #expect(grid.summaryFrom == "presentation")
        #expect(grid.question(id: "statut")?.type == .choice)
        #expect(grid.question(id: "nom_organisation")?.required == true)
    }

    @Test("`trois_facteurs` ranks 3 items of the earlier list facteurs_developpement")
    func troisFacteurs() throws {
        let grid = try grid()
        let rank = try #require(grid.question(id: "trois_facteurs"))
        #expect(rank.type == .rank)
        #expect(rank.count == 3)
        #expect(rank.from == "facteurs_developpement")
        #expect(grid.question(id: "facteurs_developpement")?.type == .list)
        let ids = grid.questions.map(\.id)
        #expect(try #require(ids.firstIndex(of: "facteurs_developpement")) < #require(ids.firstIndex(of: "trois_facteurs")))
    }

    @Test("Without consent the interview stops after Identification")
    func consentGatesTheLaterSections() throws {
        let grid = try grid()
        let consent = Condition.compare(question: "consentement_entretien", .equal, .bool(true))
        #expect(grid.sections.dropFirst().allSatisfy { $0.when == consent })
        #expect(grid.question(id: "consentement_entretien")?.type == .yesno)
    }

    @Test("Choice questions have choices, and regions are the 17 administrative regions")
    func choices() throws {
        let grid = try grid()
        for question in grid.questions where question.type == .choice || question.type == .multichoice {
            #expect(!question.choices.isEmpty, "\(question.id)")
        }
        #expect(grid.question(id: "region")?.choices.count == 17)
    }
}
