import Foundation
import Testing
@testable import Grid

/// A small grid whose fiche is written with sentences over answers, as the case book prints it.
private enum SentenceGrid {
    static let text = """
        grid: essai-phrases
        version: 1
        language: fr
        title_from: nom
        kicker: "{surtitre}"
        consent: {interview: accord, publication: publication}
        sections:
          - id: profil
            title: "Profil"
            questions:
              - {id: nom, text: "Nom?", type: text}
              - {id: accord, text: "Accord?", type: yesno, fiche: false}
              - {id: publication, text: "Publication?", type: yesno, fiche: false}
              - {id: surtitre, text: "Surtitre?", type: text}
              - id: statut
                text: "Statut?"
                type: choice
                choices: [{id: coop, label: "Coopérative de solidarité"}, {id: obnl, label: "OBNL"}]
              - {id: annee, text: "Année des données?", type: text}
              - {id: employes, text: "Employé·e·s?", type: integer, unit: {singular: "employé·e", plural: "employé·e·s"}}
              - {id: membres, text: "Membres?", type: integer, unit: {singular: membre, plural: membres}}
              - {id: ca, text: "Chiffre d'affaires?", type: money}
              - {id: taille_ca, text: "CA?", type: integer, unit: {singular: membre, plural: membres}}
              - {id: aga, text: "AGA?", type: yesno}
              - {id: activites, text: "Activités?", type: list}
              - {id: site, text: "Site?", type: url}
              - {id: region, text: "Région?", type: text, fiche: false}
        case_file:
          - title: "En bref"
            entries:
              - heading: "Données"
                lines:
                  - lead:
                      - text: "En {annee}, l'OBNL comptait :"
                        when: "statut == obnl"
                      - "En {annee}, elle comptait :"
                    item_end: " ;"
                    last_end: "."
                    bullets:
                      - "{employes}"
                      - "{membres}"
                      - "un chiffre d'affaires de {ca}"
              - heading: "Gouvernance"
                lines:
                  - bullet: "{annee}."
                  - bullet:
                      - text: "Conseil d'administration ({taille_ca}) et AGA."
                        when: "aga == yes"
                      - "Conseil d'administration ({taille_ca})."
                  - bullet: "{activites}"
                  - bullet: "Activités : {activites}."
              - lines:
                  - "[Site Web]({site})"
                  - "Entrevue avec **{nom}**,\\n{surtitre}"
              - heading: "Autres"
                from: [membres]
        """

    static func fiche(_ events: [JournalEvent], frontMatter: Bool = false) throws -> String {
        let loaded = try GridLoader.load(text: text, file: "phrases.yaml")
        let start = Date(timeIntervalSince1970: 1_700_000_000)
        let header = JournalHeader(caseID: "essai", grid: loaded, interviewer: nil, language: .fr, program: "test", started: start)
        let entries = events.enumerated().map { JournalEntry($1, at: start.addingTimeInterval(Double($0))) }
        let record = CaseRecordBuilder().record(journal: Journal(header: header, entries: entries, path: "essai.jsonl"), grid: loaded)
        return FicheRenderer(grid: loaded.grid, language: .fr, frontMatter: frontMatter).render(record)
    }

    static func answer(_ id: String, _ value: AnswerValue, said: String? = nil) -> JournalEvent {
        .answer(question: id, value: value, seconds: 1, said: said)
    }
}

@Suite("Fiche sentences over answers")
struct FicheSentenceTests {
    @Test("A lead line over bullets: punctuated as the book does, with the sentence the status calls for")
    func leadOverBullets() throws {
        let fiche = try SentenceGrid.fiche([
            SentenceGrid.answer("statut", .text("obnl")), SentenceGrid.answer("annee", .text("2020")),
            SentenceGrid.answer("employes", .number(27)), SentenceGrid.answer("ca", .number(1_573_345)),
        ])
        #expect(fiche.contains("En 2020, l'OBNL comptait :\n\n- 27\u{A0}employé·e·s ;\n- un chiffre d'affaires de 1\u{A0}573\u{A0}345\u{A0}\\$."))
        let coop = try SentenceGrid.fiche([
            SentenceGrid.answer("statut", .text("coop")), SentenceGrid.answer("annee", .text("2021")),
            SentenceGrid.answer("membres", .number(1)),
        ])
        #expect(coop.contains("En 2021, elle comptait :\n\n- 1\u{A0}membre."))
    }

    @Test("A line whose answer is missing is left out, and a lead with no bullet left goes with them")
    func missingAnswersLeaveNoLine() throws {
        let fiche = try SentenceGrid.fiche([SentenceGrid.answer("annee", .text("2020")), .skip(question: "employes")])
        #expect(!fiche.contains("comptait"))
        #expect(!fiche.contains("Données"))
        #expect(!fiche.contains("Conseil"))
    }

    @Test("Alternatives: the first whose condition holds and whose answers are given is written")
    func alternatives() throws {
        let yes = try SentenceGrid.fiche([SentenceGrid.answer("taille_ca", .number(5)), SentenceGrid.answer("aga", .bool(true))])
        #expect(yes.contains("- Conseil d'administration (5\u{A0}membres) et AGA."))
        let no = try SentenceGrid.fiche([SentenceGrid.answer("taille_ca", .number(1)), SentenceGrid.answer("aga", .bool(false))])
        #expect(no.contains("- Conseil d'administration (1\u{A0}membre)."))
    }

    @Test("A bullet holding a list alone is one bullet per item; with other words, the items are joined")
    func listBullets() throws {
        let fiche = try SentenceGrid.fiche([SentenceGrid.answer("activites", .list(["Épicerie", "Bistro *santé* [x](javascript:y)"]))])
        #expect(fiche.contains("- Épicerie\n- Bistro \\*santé\\* \\[x\\](javascript\\:y)\n- Activités : Épicerie, Bistro \\*santé\\*"))
    }

    @Test("Numbers as said keep their words, the unit after the number; money keeps its cents")
    func numbersAsSaid() throws {
        let fiche = try SentenceGrid.fiche([
            SentenceGrid.answer("annee", .text("2021")),
            SentenceGrid.answer("employes", .number(40), said: "40 à temps plein et à temps partiel"),
            SentenceGrid.answer("membres", .number(200), said: "plus de 200"),
            SentenceGrid.answer("ca", .number(4.5)),
        ])
        #expect(fiche.contains("- 40\u{A0}employé·e·s à temps plein et à temps partiel ;\n- plus de 200\u{A0}membres ;\n- un chiffre d'affaires de 4,50\u{A0}\\$."))
    }

    @Test("The kicker is printed above the title, and left out when unanswered")
    func kicker() throws {
        let with = try SentenceGrid.fiche([SentenceGrid.answer("nom", .text("Le Grenier boréal")), SentenceGrid.answer("surtitre", .text("Coopérative de solidarité"))])
        #expect(with.hasPrefix("Coopérative de solidarité\n\n# Le Grenier boréal\n"))
        let without = try SentenceGrid.fiche([SentenceGrid.answer("nom", .text("Jardins Mistouk")), .skip(question: "surtitre")])
        #expect(without.hasPrefix("# Jardins Mistouk\n"))
    }

    @Test("A web address makes the link; anything else leaves the line out")
    func links() throws {
        let web = try SentenceGrid.fiche([SentenceGrid.answer("site", .text("https://coop.ca/a b(c)"))])
        #expect(web.contains("[Site Web](https://coop.ca/a%20b%28c%29)"))
        let script = try SentenceGrid.fiche([SentenceGrid.answer("site", .text("javascript:alert(1)"))])
        #expect(!script.contains("Site Web"))
    }

    @Test("Questions kept off the fiche never appear, not even among the other answers")
    func offFiche() throws {
        let fiche = try SentenceGrid.fiche([
            SentenceGrid.answer("accord", .bool(true)), SentenceGrid.answer("publication", .bool(true)),
            SentenceGrid.answer("region", .text("Bas-Saint-Laurent")),
        ])
        #expect(!fiche.contains("Bas-Saint-Laurent"))
        #expect(!fiche.contains("Autres réponses"))
        #expect(!fiche.contains("Accord"))
    }

    @Test("An unfinished interview and a fiche without publication consent say so under the title")
    func statusLines() throws {
        let fiche = try SentenceGrid.fiche([SentenceGrid.answer("nom", .text("Coop")), SentenceGrid.answer("publication", .bool(false))])
        #expect(fiche.contains("# Coop\n\n*Entretien en cours : cette fiche est incomplète.*\n\n**Ne pas publier :"))
        let done = try SentenceGrid.fiche([SentenceGrid.answer("nom", .text("Coop")), SentenceGrid.answer("publication", .bool(true)), .complete])
        #expect(!done.contains("Entretien en cours") && !done.contains("Ne pas publier"))
    }

    @Test("The front matter names title, case, grid, date and language, the title escaped for YAML and Markdown")
    func frontMatter() throws {
        let fiche = try SentenceGrid.fiche([SentenceGrid.answer("nom", .text("Coop \"*Étoile*\" \\ Nord"))], frontMatter: true)
        #expect(fiche.hasPrefix("""
            ---
            title: "Coop \\"\\\\*Étoile\\\\*\\" \\\\\\\\ Nord"
            case: "essai"
            grid: "essai-phrases"
            date: "2023-11-14"
            lang: fr
            language: fr
            ---

            """))
    }

    @Test("An answer that would start a Markdown block once its line is written whole is escaped there")
    func lineStartsOfWholeLines() throws {
        let fiche = try SentenceGrid.fiche([
            SentenceGrid.answer("nom", .text("Coop")), SentenceGrid.answer("surtitre", .text("- directrice")),
            SentenceGrid.answer("annee", .text("2021")), SentenceGrid.answer("membres", .number(12)),
        ])
        #expect(fiche.contains("- 2021\\."), "no list inside the bullet")
        #expect(fiche.contains("Entrevue avec **Coop**,\n\\- directrice"), "no list after the line break")
        #expect(fiche.contains("- 12\u{A0}membres."), "the lead's ending is put on first")
    }

    @Test("A from: entry writes the singular unit too, and a bare site address is a web link")
    func singularInFromAndBareSite() throws {
        let fiche = try SentenceGrid.fiche([SentenceGrid.answer("membres", .number(1)), SentenceGrid.answer("site", .text("legrenier.org"))])
        #expect(fiche.contains("1\u{A0}membre\n"))
        #expect(fiche.contains("[Site Web](https://legrenier.org)"))
    }

    @Test("Superscripts and entities typed are text")
    func caretAndAmpersand() throws {
        let fiche = try SentenceGrid.fiche([SentenceGrid.answer("activites", .list(["2^10^ paniers", "A &amp; B"]))])
        #expect(fiche.contains("- 2\\^10\\^ paniers\n- A \\&amp; B\n"))
    }
}
