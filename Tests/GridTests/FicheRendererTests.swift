import Foundation
import Testing
@testable import Grid

/// A small grid with every kind of answer a fiche shows, and journals of it built in memory.
private enum FicheGrid {
    static let text = """
        grid: essai-fiche
        version: 1
        language: fr
        title: "Essai de fiche"
        title_from: nom
        subtitle_from: statut
        summary_from: presentation
        sections:
          - id: profil
            title: "Profil"
            questions:
              - {id: nom, text: "Quel est le nom de l'organisation?", label: "Organisation", type: text}
              - id: statut
                text: "Quel est son statut?"
                label: "Statut"
                type: choice
                choices:
                  - {id: coop, label: "Coopérative de solidarité"}
                  - {id: obnl, label: "OBNL"}
              - {id: presentation, text: "Présentez l'organisation.", type: text}
              - {id: creation, text: "Quand a-t-elle été créée?", label: "Date de création", type: text}
              - {id: besoin, text: "Quel besoin à l'origine?", label: "Besoin à l'origine", type: text}
              - {id: employes, text: "Combien d'employé·e·s?", label: "Employé·e·s", type: integer, unit: "employé·e·s"}
              - {id: chiffre, text: "Quel chiffre d'affaires?", label: "Chiffre d'affaires", type: money, unit: "$"}
              - {id: partenaires, text: "Quels partenaires financiers?", label: "Partenaires financiers", type: list}
              - {id: partenaires_autres, text: "Quels autres partenaires?", label: "Autres partenaires", type: list}
              - {id: aga, text: "Tient-elle une AGA?", label: "AGA", type: yesno}
              - {id: aga_date, text: "Quand a lieu l'AGA?", label: "Date de l'AGA", type: text, when: "aga == yes"}
              - id: roles
                text: "Quels rôles?"
                label: "Rôles"
                type: multichoice
                choices:
                  - {id: production, label: "Production"}
                  - {id: transformation, label: "Transformation"}
                  - {id: distribution, label: "Distribution au détail"}
              - {id: contact, text: "Qui joindre?", label: "Personne-ressource", type: text, personal: true}
          - id: bilan
            title: "Bilan"
            questions:
              - {id: defis, text: "Quels défis?", label: "Défis", type: list}
              - {id: trois_defis, text: "Lesquels comptent le plus?", label: "Défis les plus importants", type: rank, from: defis, count: 2}
              - {id: lecons, text: "Quelles leçons?", label: "Leçons", type: text}
              - {id: part, text: "Quelle part des revenus est commerciale?", label: "Part commerciale", type: percent}
              - {id: annee, text: "En quelle année?", label: "Année de création", type: year}
              - {id: remarque, text: "Autre chose à ajouter?", type: text}
        case_file:
          - title: "En bref"
            entries:
              - heading: "Création"
                from: [creation, besoin, employes, chiffre]
              - heading: "Statut et gouvernance"
                from: [statut, aga, aga_date, roles]
              - heading: "Partenaires"
                from: [partenaires, partenaires_autres]
              - heading: "Pour joindre"
                from: [contact]
          - title: "Bilan"
            entries:
              - heading: "Défis"
                from: [defis, trois_defis]
              - heading: "Leçons"
                from: [lecons]
        """

    static func loaded() throws -> LoadedGrid {
        try GridLoader.load(text: text, file: "essai-fiche.yaml")
    }

    /// Every question answered (the rank needs the list before it).
    static let complete: [JournalEvent] = [
        .answer(question: "nom", value: .text("Coop Essai"), seconds: 3),
        .answer(question: "statut", value: .text("coop"), seconds: 2),
        .answer(question: "presentation", value: .text("Une coopérative de Rimouski."), seconds: 20),
        .answer(question: "creation", value: .text("Créée en 1978."), seconds: 5),
        .answer(question: "besoin", value: .text("accès à des aliments sains"), seconds: 5),
        .answer(question: "employes", value: .number(40), seconds: 2),
        .answer(question: "chiffre", value: .number(5_000_000), seconds: 2),
        .answer(question: "partenaires", value: .list(["Desjardins", "Ville de Rimouski"]), seconds: 9),
        .answer(question: "aga", value: .bool(true), seconds: 1),
        .answer(question: "aga_date", value: .text("en juin"), seconds: 1),
        .answer(question: "roles", value: .list(["production", "distribution"]), seconds: 4),
        .answer(question: "contact", value: .text("Sophie-Anne Morin"), seconds: 4),
        .answer(question: "defis", value: .list(["Main-d'œuvre", "Approvisionnement", "Concurrence"]), seconds: 30),
        .answer(question: "trois_defis", value: .list(["Approvisionnement", "Main-d'œuvre"]), seconds: 8),
        .answer(question: "lecons", value: .text("Oser innover."), seconds: 12),
        .answer(question: "part", value: .number(40), seconds: 2),
        .answer(question: "annee", value: .number(1978), seconds: 2),
        .answer(question: "remarque", value: .text("Merci."), seconds: 2),
    ]

    /// The record of a journal with these events, one second apart, then `complete` unless
    /// `completed` is false (a fiche of an interview in progress says so under its title).
    static func record(_ events: [JournalEvent], caseID: String = "coop-essai", anonymise: Bool = false,
                       completed: Bool = true) throws -> CaseRecord {
        let events = completed ? events + [.complete] : events
        let loaded = try loaded()
        let start = Date(timeIntervalSince1970: 1_790_000_000)
        let header = JournalHeader(caseID: caseID, grid: loaded, interviewer: "Zoé", language: .fr, program: "interview test",
                                   started: start)
        let entries = events.enumerated().map { JournalEntry($1, at: start.addingTimeInterval(Double($0 + 1))) }
        return CaseRecordBuilder(anonymise: anonymise).record(journal: Journal(header: header, entries: entries, path: "essai.jsonl"),
                                                              grid: loaded)
    }

    /// The fiche of a journal with these events.
    static func fiche(_ events: [JournalEvent], language: Language = .fr, withNotes: Bool = false,
                      caseID: String = "coop-essai", completed: Bool = true) throws -> String {
        FicheRenderer(grid: try loaded().grid, language: language, withNotes: withNotes)
            .render(try record(events, caseID: caseID, completed: completed))
    }

    /// `complete` with some answers replaced (or removed, for a nil event).
    static func replacing(_ changes: [String: JournalEvent?]) -> [JournalEvent] {
        complete.compactMap { event in
            guard let id = event.question, let change = changes[id] else { return event }
            return change
        }
    }
}

@Suite("Rendering a case record as a fiche")
struct FicheRendererTests {
    @Test("A number said with words shows them, with the unit after the number when none was typed")
    func numbersAsSaid() throws {
        let said: [(typed: String, value: Double, shown: String)] = [
            ("plus de 200", 200, "plus de 200\u{00A0}employé·e·s"),
            ("200 et plus", 200, "200\u{00A0}employé·e·s et plus"),
            ("environ 60 employés", 60, "environ 60 employés"),
        ]
        for (typed, value, shown) in said {
            let events: [JournalEvent] = [.answer(question: "nom", value: .text("Coop"), seconds: 1),
                                          .answer(question: "employes", value: .number(value), seconds: 1, said: typed),
                                          .answer(question: "chiffre", value: .number(1_500_000), seconds: 1, said: "1,5 million")]
            let record = try FicheGrid.record(events)
            #expect(record.question("employes")?.said == typed)
            let fiche = try FicheGrid.fiche(events)
            #expect(fiche.contains(shown), "\(fiche)")
            #expect(fiche.contains("1,5 million\u{00A0}\\$"), "\(fiche)")
        }
        let plain = try FicheGrid.record([.answer(question: "employes", value: .number(12), seconds: 1)])
        #expect(plain.question("employes")?.said == nil)
    }

    @Test("A fully answered case reads as the whole fiche, in the case file's order")
    func wholeFiche() throws {
        let fiche = try FicheGrid.fiche(FicheGrid.complete)
        #expect(fiche == """
            # Coop Essai
            *Coopérative de solidarité*

            Une coopérative de Rimouski.

            ## En bref

            ### Création

            Date de création : Créée en 1978.

            Besoin à l'origine : accès à des aliments sains

            Employé·e·s : 40\u{A0}employé·e·s

            Chiffre d'affaires : 5\u{A0}000\u{A0}000\u{A0}\\$

            ### Statut et gouvernance

            Statut : Coopérative de solidarité

            AGA : Oui

            Date de l'AGA : en juin

            Rôles :

            - Production
            - Distribution au détail

            ### Partenaires

            - Desjardins
            - Ville de Rimouski

            ### Pour joindre

            Sophie-Anne Morin

            ## Bilan

            ### Défis

            - Main-d'œuvre
            - Approvisionnement
            - Concurrence

            Défis les plus importants :

            1. Approvisionnement
            2. Main-d'œuvre

            ### Leçons

            Oser innover.

            ## Autres réponses de l'entretien

            ### Part commerciale

            40\u{A0}%

            ### Année de création

            1978

            ### Autre chose à ajouter?

            Merci.

            """)
    }

    @Test("The title is the title_from answer, with the subtitle_from answer in italics on the next line")
    func titleAndSubtitle() throws {
        let fiche = try FicheGrid.fiche(FicheGrid.complete)
        #expect(fiche.hasPrefix("# Coop Essai\n*Coopérative de solidarité*\n\nUne coopérative de Rimouski.\n\n## En bref\n"))
    }

    @Test("A fiche of an interview not completed says so, in italics, under its title")
    func inProgressMark() throws {
        let fiche = try FicheGrid.fiche(FicheGrid.complete, completed: false)
        #expect(fiche.hasPrefix("# Coop Essai\n*Coopérative de solidarité*\n\n*Entretien en cours : cette fiche est incomplète.*\n\n"))
        #expect(!(try FicheGrid.fiche(FicheGrid.complete)).contains("Entretien en cours"))
    }

    @Test("Without a title_from answer the case id is the title, and a missing subtitle or summary leaves no line")
    func caseIDWhenUntitled() throws {
        let events = FicheGrid.replacing(["nom": .skip(question: "nom"), "statut": nil, "presentation": nil])
        let fiche = try FicheGrid.fiche(events, caseID: "cas-07")
        #expect(fiche.hasPrefix("# cas-07\n\n## En bref\n"))
    }

    @Test("A list answer is a bulleted list and a rank a numbered list")
    func listsAndRanks() throws {
        let fiche = try FicheGrid.fiche(FicheGrid.complete)
        #expect(fiche.contains("### Partenaires\n\n- Desjardins\n- Ville de Rimouski\n\n"))
        #expect(fiche.contains("1. Approvisionnement\n2. Main-d'œuvre\n"))
    }

    @Test("A text answer on its own is a paragraph under its heading")
    func textParagraph() throws {
        #expect(try FicheGrid.fiche(FicheGrid.complete).contains("### Leçons\n\nOser innover.\n\n"))
    }

    @Test("Yes and no read Oui and Non in French, Yes and No in English")
    func yesNo() throws {
        let french = try FicheGrid.fiche(FicheGrid.replacing(["aga": .answer(question: "aga", value: .bool(false), seconds: 1)]))
        #expect(french.contains("AGA : Non\n"))
        #expect(try FicheGrid.fiche(FicheGrid.complete).contains("AGA : Oui\n"))
        let english = try FicheGrid.fiche(FicheGrid.complete, language: .en)
        #expect(english.contains("AGA: Yes\n"))
    }

    @Test("A choice shows its label and a multichoice its labels as bullets")
    func choices() throws {
        let fiche = try FicheGrid.fiche(FicheGrid.complete)
        #expect(fiche.contains("Statut : Coopérative de solidarité\n"))
        #expect(fiche.contains("Rôles :\n\n- Production\n- Distribution au détail\n"))
        #expect(!fiche.contains("distribution\n"))
    }

    @Test("Numbers carry their unit, grouped with no-break spaces in a French grid")
    func numbers() throws {
        let fiche = try FicheGrid.fiche(FicheGrid.complete)
        #expect(fiche.contains("Employé·e·s : 40\u{A0}employé·e·s\n"))
        #expect(fiche.contains("Chiffre d'affaires : 5\u{A0}000\u{A0}000\u{A0}\\$\n"))
        #expect(fiche.contains("### Part commerciale\n\n40\u{A0}%\n"))
        #expect(fiche.contains("### Année de création\n\n1978\n"))
    }

    @Test("In an entry of several answered questions each answer is introduced by its label, French with a space before the colon")
    func labelsInSharedEntries() throws {
        let french = try FicheGrid.fiche(FicheGrid.complete)
        #expect(french.contains("### Création\n\nDate de création : Créée en 1978.\n\nBesoin à l'origine : accès à des aliments sains\n"))
        #expect(french.contains("\n\nDéfis les plus importants :\n\n1. Approvisionnement\n"))
        let english = try FicheGrid.fiche(FicheGrid.complete, language: .en)
        #expect(english.contains("### Création\n\nDate de création: Créée en 1978.\n\nBesoin à l'origine: accès à des aliments sains\n"))
        #expect(english.contains("\n\nDéfis les plus importants:\n\n1. Approvisionnement\n"))
    }

    @Test("A label that only repeats the entry's heading is left out")
    func labelRepeatingTheHeading() throws {
        let fiche = try FicheGrid.fiche(FicheGrid.complete)
        #expect(fiche.contains("### Défis\n\n- Main-d'œuvre\n- Approvisionnement\n- Concurrence\n\nDéfis les plus importants :\n"))
        #expect(!fiche.contains("Défis :"))
    }

    @Test("A list answering the entry's first question, alone, stands under the heading without its label")
    func firstListAlone() throws {
        let fiche = try FicheGrid.fiche(FicheGrid.complete)
        #expect(fiche.contains("### Partenaires\n\n- Desjardins\n- Ville de Rimouski\n\n### Pour joindre"))
        let both = FicheGrid.complete + [.answer(question: "partenaires_autres", value: .list(["SOPER"]), seconds: 1)]
        #expect(try FicheGrid.fiche(both).contains("""
            ### Partenaires

            Partenaires financiers :

            - Desjardins
            - Ville de Rimouski

            Autres partenaires :

            - SOPER

            ### Pour joindre
            """))
        let other = FicheGrid.replacing(["partenaires": nil]) + [.answer(question: "partenaires_autres", value: .list(["SOPER"]), seconds: 1)]
        #expect(try FicheGrid.fiche(other).contains("### Partenaires\n\nAutres partenaires :\n\n- SOPER\n\n### Pour joindre"))
    }

    @Test("Any other answer alone in an entry of several questions keeps its label")
    func otherAnswersAloneKeepTheirLabel() throws {
        let first = FicheGrid.replacing(["besoin": .skip(question: "besoin"), "employes": nil, "chiffre": nil])
        #expect(try FicheGrid.fiche(first).contains("### Création\n\nDate de création : Créée en 1978.\n\n### Statut"))
        let events = FicheGrid.replacing(["creation": .skip(question: "creation"), "employes": nil, "chiffre": nil])
        #expect(try FicheGrid.fiche(events).contains("### Création\n\nBesoin à l'origine : accès à des aliments sains\n\n### Statut"))
        let numbers = FicheGrid.replacing(["creation": nil, "besoin": nil, "employes": nil])
        #expect(try FicheGrid.fiche(numbers).contains("### Création\n\nChiffre d'affaires : 5\u{A0}000\u{A0}000\u{A0}\\$\n\n### Statut"))
    }

    @Test("In an entry of one question the answer stands without its label")
    func noLabelInSingleEntries() throws {
        let fiche = try FicheGrid.fiche(FicheGrid.complete)
        #expect(fiche.contains("### Leçons\n\nOser innover.\n"))
        #expect(!fiche.contains("Leçons :"))
    }

    @Test("An entry with no answer is left out, and so is a section left with no entry")
    func emptyEntriesAndSections() throws {
        let events = FicheGrid.replacing([
            "partenaires": .skip(question: "partenaires"),
            "defis": nil, "trois_defis": nil,
            "lecons": .special(question: "lecons", .dontKnow, seconds: 1),
        ])
        let fiche = try FicheGrid.fiche(events)
        #expect(!fiche.contains("### Partenaires"))
        #expect(!fiche.contains("## Bilan"))
        #expect(!fiche.contains("### Défis"))
        #expect(!fiche.contains("### Leçons"))
        #expect(fiche.contains("### Pour joindre\n\nSophie-Anne Morin\n\n## Autres réponses de l'entretien\n"))
    }

    @Test("Skipped, don't know, refused, not applicable and unanswered questions print nothing")
    func specialStatusesPrintNothing() throws {
        let events = FicheGrid.replacing([
            "creation": .skip(question: "creation"),
            "besoin": .special(question: "besoin", .dontKnow, seconds: 1),
            "employes": .special(question: "employes", .refused, seconds: 1),
            "chiffre": nil,
            "aga": .answer(question: "aga", value: .bool(false), seconds: 1),
        ])
        let fiche = try FicheGrid.fiche(events)
        #expect(!fiche.contains("### Création"))
        // The AGA date was answered, but is not applicable once the AGA is "no".
        #expect(!fiche.contains("en juin"))
        #expect(fiche.contains("### Statut et gouvernance\n\nStatut : Coopérative de solidarité\n\nAGA : Non\n\nRôles :\n"))
        for word in ["Je ne sais pas", "Refus", "skipped", "dont_know", "refused", "not_applicable", "unanswered"] {
            #expect(!fiche.contains(word))
        }
    }

    @Test("Answers no case_file entry names go in a last section, in grid order, as French or English")
    func otherAnswers() throws {
        let french = try FicheGrid.fiche(FicheGrid.complete)
        #expect(french.hasSuffix("""
            ## Autres réponses de l'entretien

            ### Part commerciale

            40\u{A0}%

            ### Année de création

            1978

            ### Autre chose à ajouter?

            Merci.

            """))
        let english = try FicheGrid.fiche(FicheGrid.complete, language: .en)
        #expect(english.contains("\n## Other answers from the interview\n\n### Part commerciale\n"))
        // The title, subtitle and summary questions are shown at the top, not again at the end.
        #expect(!french.contains("### Organisation"))
        #expect(!french.contains("### Présentez"))
        #expect(!french.contains("### Statut\n"))
    }

    @Test("Without any answer outside the case file there is no last section")
    func noOtherAnswers() throws {
        let events = FicheGrid.replacing(["part": nil, "annee": nil, "remarque": .skip(question: "remarque")])
        #expect(try !FicheGrid.fiche(events).contains("Autres réponses"))
    }

    @Test("Every answer given appears somewhere in the fiche")
    func nothingDisappears() throws {
        let fiche = try FicheGrid.fiche(FicheGrid.complete)
        let record = try FicheGrid.record(FicheGrid.complete)
        record.expectEveryAnswerAppears(in: fiche)
    }

    @Test("Notes and quotes follow the answers of their entry, oldest first, when asked for")
    func notesAndQuotes() throws {
        var events = FicheGrid.complete
        events.insert(.note(question: "lecons", text: "Dit en riant."), at: events.count - 3)
        events.insert(.quote(question: "lecons", text: "On apprend en marchant."), at: events.count - 3)
        events.insert(.note(question: "part", text: "Chiffre de 2021."), at: events.count - 1)
        let fiche = try FicheGrid.fiche(events, withNotes: true)
        #expect(fiche.contains("""
            ### Leçons

            Oser innover.

            > Note : Dit en riant.

            > « On apprend en marchant. »

            ## Autres réponses
            """))
        #expect(fiche.contains("### Part commerciale\n\n40\u{A0}%\n\n> Note : Chiffre de 2021.\n"))
        let english = try FicheGrid.fiche(events, language: .en, withNotes: true)
        #expect(english.contains("> Note: Dit en riant.\n\n> \"On apprend en marchant.\"\n"))
        let plain = try FicheGrid.fiche(events)
        #expect(!plain.contains("Dit en riant"))
        #expect(!plain.contains("On apprend"))
        #expect(!plain.contains("> "))
    }

    @Test("Notes on the title, subtitle and summary questions follow the summary, each saying which question it was taken at")
    func openingNotes() throws {
        let events = FicheGrid.complete + [.note(question: "nom", text: "Nom officiel à vérifier."),
                                           .note(question: "statut", text: "Statut depuis 2012.")]
        let fiche = try FicheGrid.fiche(events, withNotes: true)
        #expect(fiche.hasPrefix("# Coop Essai\n*Coopérative de solidarité*\n\nUne coopérative de Rimouski.\n\n> Organisation — Note : Nom officiel à vérifier.\n\n## En bref\n"))
        // The subtitle's question is also in an entry: its notes go there, once, under the entry's
        // several answers, naming the question.
        #expect(fiche.contains("Statut : Coopérative de solidarité\n\nAGA : Oui\n\nDate de l'AGA : en juin\n\nRôles :\n\n- Production\n- Distribution au détail\n\n> Statut — Note : Statut depuis 2012.\n\n### Partenaires"))
        #expect(fiche.components(separatedBy: "Statut depuis 2012.").count == 2)
    }

    @Test("A multi-line list item keeps its further lines inside the item")
    func multiLineItems() throws {
        let events = FicheGrid.replacing(["partenaires": .answer(question: "partenaires", value: .list(["Desjardins\n# prêt de 2019", "Ville"]), seconds: 1)])
        #expect(try FicheGrid.fiche(events).contains("### Partenaires\n\n- Desjardins\n  \\# prêt de 2019\n- Ville\n"))
    }

    @Test("A note on an unanswered question still shows its entry when notes are asked for")
    func notesKeepTheirEntry() throws {
        let events = FicheGrid.replacing(["lecons": .skip(question: "lecons")]) + [.note(question: "lecons", text: "À relancer.")]
        #expect(try FicheGrid.fiche(events, withNotes: true).contains("### Leçons\n\n> Note : À relancer.\n"))
        #expect(try !FicheGrid.fiche(events).contains("### Leçons"))
    }

    @Test("Notes and quotes taken outside any question close the fiche under Notes")
    func caseNotes() throws {
        let events = [JournalEvent.note(question: nil, text: "Entretien au local de la coop.")] + FicheGrid.complete
            + [.quote(question: nil, text: "Revenez quand vous voulez.")]
        let fiche = try FicheGrid.fiche(events, withNotes: true)
        #expect(fiche.hasSuffix("""
            Merci.

            ## Notes

            > Note : Entretien au local de la coop.

            > « Revenez quand vous voulez. »

            """))
        #expect(try !FicheGrid.fiche(events).contains("## Notes"))
    }

    @Test("Typed lines that look like headings, lists, quotes or rules are escaped, not obeyed")
    func markdownStructureIsEscaped() throws {
        let typed = "# Pas un titre\n- pas une puce\n> pas une citation\n1978. Pas une liste\n---\n* ni + ceci\n2.5 reste tel quel\n-5 aussi"
        let events = FicheGrid.replacing([
            "lecons": .answer(question: "lecons", value: .text(typed), seconds: 1),
            "partenaires": .answer(question: "partenaires", value: .list(["# dièse", "1. un", "- tiret", "normal"]), seconds: 1),
            "besoin": .answer(question: "besoin", value: .text("# en tête\n> suite"), seconds: 1),
        ])
        let fiche = try FicheGrid.fiche(events)
        #expect(fiche.contains("""
            ### Leçons

            \\# Pas un titre
            \\- pas une puce
            \\> pas une citation
            1978\\. Pas une liste
            \\---
            \\* ni + ceci
            2.5 reste tel quel
            -5 aussi

            """))
        #expect(fiche.contains("- \\# dièse\n- 1\\. un\n- \\- tiret\n- normal\n"))
        // After a label the first line is mid-line; the next one starts a line again.
        #expect(fiche.contains("Besoin à l'origine : # en tête\n\\> suite\n"))
    }

    @Test("A heading ending in # keeps it")
    func headingClosingSequence() throws {
        let events = FicheGrid.replacing(["nom": .answer(question: "nom", value: .text("Coop #"), seconds: 1)])
        #expect(try FicheGrid.fiche(events).hasPrefix("# Coop \\#\n"))
    }

    @Test("Text is written as typed, in NFC")
    func textInNFC() throws {
        let decomposed = "Cafe\u{301} re\u{301}gional"
        let events = FicheGrid.replacing(["lecons": .answer(question: "lecons", value: .text(decomposed), seconds: 1)])
        let fiche = try FicheGrid.fiche(events)
        #expect(Array(fiche.utf8).starts(with: Array("# Coop Essai".utf8)))
        #expect(fiche.unicodeScalars.contains("\u{E9}"))
        #expect(!fiche.unicodeScalars.contains("\u{301}"))
        #expect(fiche.contains("### Leçons\n\nCafé régional\n"))
    }

    @Test("Several fiches are separated by a rule")
    func severalFiches() throws {
        let loaded = try FicheGrid.loaded()
        let first = try FicheGrid.record(FicheGrid.complete, caseID: "un")
        let second = try FicheGrid.record(FicheGrid.replacing(["nom": .answer(question: "nom", value: .text("Deuxième"), seconds: 1)]),
                                          caseID: "deux")
        let renderer = FicheRenderer(grid: loaded.grid, language: .fr)
        #expect(renderer.render([first, second]) == renderer.render(first) + "\n---\n\n" + renderer.render(second))
        #expect(renderer.render([first]) == renderer.render(first))
        #expect(renderer.render([CaseRecord]()) == "")
    }

    @Test("An anonymised record leaves personal answers out")
    func anonymised() throws {
        let loaded = try FicheGrid.loaded()
        let record = try FicheGrid.record(FicheGrid.complete, anonymise: true)
        let fiche = FicheRenderer(grid: loaded.grid, language: .fr).render(record)
        #expect(!fiche.contains("Sophie-Anne Morin"))
        #expect(!fiche.contains("### Pour joindre"))
        #expect(fiche.hasPrefix("# Coop Essai\n"))
    }

    @Test("The fiche ends with exactly one newline")
    func endsWithOneNewline() throws {
        let fiche = try FicheGrid.fiche(FicheGrid.complete)
        #expect(fiche.hasSuffix("Merci.\n"))
        #expect(!fiche.hasSuffix("\n\n"))
    }
}
