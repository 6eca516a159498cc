import Foundation
import Testing
@testable import Grid

/// The Coop Alina interview on the built-in grid (`ReferenceInterview.coopAlina`).
private enum CoopAlina {
    static var events: [JournalEvent] { ReferenceInterview.coopAlina.events }

    static func record() throws -> CaseRecord {
        try ReferenceInterview.coopAlina.record()
    }

    static func fiche() throws -> String {
        FicheRenderer(grid: try DefaultGrid.load().grid, language: .fr).render(try record())
    }

    /// The `##` and `###` headings of a fiche, in order (`##` ones marked with `§ `).
    static func headings(_ fiche: String) -> [String] {
        fiche.split(separator: "\n").compactMap { line in
            if line.hasPrefix("## ") { return "§ " + line.dropFirst(3) }
            if line.hasPrefix("### ") { return String(line.dropFirst(4)) }
            return nil
        }
    }
}

@Suite("The fiche of a default-grid interview, after the Coop Alina reference fiche")
struct DefaultFicheTests {
    @Test("The sections and headings come in the reference fiche's order, then the answers it has no place for")
    func headingsInReferenceOrder() throws {
        let headings = CoopAlina.headings(try CoopAlina.fiche())
        // coop-alina.md, heading by heading. It has no start-up (Démarrage) block, and nothing
        // was said about one, so the fiche has none either.
        let reference = [
            "§ En bref",
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
            "§ Développement et viabilité",
            "Principaux défis",
            "Principaux facteurs de succès",
            "§ Apprentissages et enjeux de développement",
            "Principaux apprentissages",
            "Enjeux de développement futur",
            "§ Pour plus d'information",
        ]
        // The contact block has no sub-headings, and every answer has its place: no last
        // section of « other answers » (consent and profile questions are `fiche: false`).
        #expect(headings == reference)
    }

    @Test("The title block is the organisation and the presentation paragraph, with no kicker when the fiche has none")
    func titleBlock() throws {
        let fiche = try CoopAlina.fiche()
        #expect(fiche.hasPrefix("# Coop Alina\n\nAvec son bâtiment de 10 000 pieds carrés,"))
    }

    @Test("Every answer of the interview appears in its fiche")
    func nothingDisappears() throws {
        let fiche = try CoopAlina.fiche()
        let record = try CoopAlina.record()
        let answered = record.questions.filter { $0.status == .answered }
        let given = CoopAlina.events.filter { if case .answer = $0 { return true } else { return false } }
        #expect(answered.count == given.count)
        #expect(answered.count == 45)
        let offFiche = Set(try DefaultGrid.load().grid.questions.filter { !$0.inFiche }.map(\.id))
        #expect(offFiche.isSuperset(of: ["consentement_entretien", "consentement_fiche", "region", "financement_solidaire"]))
        record.expectEveryAnswerAppears(in: fiche, offFiche: offFiche)
    }

    @Test("Skipped questions leave no trace and the interview's own words are not added")
    func skippedLeaveNoTrace() throws {
        let fiche = try CoopAlina.fiche()
        for heading in ["Démarrage", "Bénévoles", "Trois facteurs", "Échelle territoriale", "Besoins de soutien"] {
            #expect(!fiche.contains(heading), "\(heading)")
        }
    }
}
