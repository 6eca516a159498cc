import Foundation
import Testing

/// The interview run by a script: answers on standard input, prompts on standard output,
/// messages on standard error, sysexits codes.
@Suite("Interview through a pipe")
struct PipedInterviewTests {
    private let environment: TestEnvironment

    init() throws {
        environment = try TestEnvironment()
        try SmallGrid.write(in: environment)
    }

    private func new(_ caseID: String, _ input: String) throws -> ProcessResult {
        try environment.run(SmallGrid.newArguments(environment, caseID: caseID), stdin: input, timeout: 5)
    }

    @Test("The small interview piped through stdin completes, prompts on stdout, messages on stderr, every answer journaled")
    func pipedInterviewCompletes() throws {
        defer { environment.remove() }
        let result = try new("coop", SmallGrid.completeInput)
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.contains("1. Nom de l'organisme?\n› "))
        #expect(result.stdout.contains("  1›   2›   3› "))
        #expect(result.stdout.contains("Organisme · question 6 sur 6"))
        #expect(!result.stdout.contains("Entretien terminé"))
        #expect(!result.stdout.contains("\u{1B}"), "no colour when piped")
        #expect(result.stderr.contains("Petite grille"))
        #expect(result.stderr.contains("Entretien terminé"))
        #expect(!result.stderr.contains("›"))

        let journal = try JournalFile(environment, "coop")
        #expect(journal.header["case"] as? String == "coop")
        #expect(journal.header["grid"] as? String == "petite")
        #expect(journal.lastAnswer("nom") as? String == "Coop")
        #expect(journal.lastAnswer("defis") as? [String] == ["A", "B"])
        #expect(journal.lastAnswer("financement") as? Bool == true)
        #expect(journal.lastAnswer("sources") as? String == "Fiducie")
        #expect(journal.lastAnswer("statut") as? String == "obnl")
        #expect(journal.lastAnswer("employes") as? Int == 12)
        #expect(journal.kinds.last == "complete")
    }

    @Test("End of input pauses with exit 0, and a piped resume continues where it stopped")
    func endOfInputPausesAndResumeContinues() throws {
        defer { environment.remove() }
        let first = try new("coop", "Coop\nA\n\n")
        #expect(first.status == 0)
        #expect(first.stderr.contains("interview resume coop"))
        #expect(try JournalFile(environment, "coop").kinds.last == "pause")

        let second = try environment.run(["resume", "coop"], stdin: "non\n2\n12 employé·e·s\n", timeout: 5)
        #expect(second.status == 0, "\(second.stderr)")
        #expect(second.stderr.contains("Reprise du cas coop"))
        #expect(second.stdout.hasPrefix("\nOrganisme · question 3 sur 6"), "resume starts at the first open question: \(second.stdout)")
        #expect(!second.stdout.contains("4. Si oui"), "the dependent question no longer applies")
        let journal = try JournalFile(environment, "coop")
        #expect(journal.lastAnswer("nom") as? String == "Coop")
        #expect(journal.lastAnswer("defis") as? [String] == ["A"])
        #expect(journal.lastAnswer("financement") as? Bool == false)
        #expect(journal.lastAnswer("employes") as? Int == 12)
        #expect(journal.kinds.last == "complete")
    }

    @Test("An invalid piped answer exits 65 naming the input line and the question, and the answers before it are saved")
    func invalidPipedAnswerStops() throws {
        defer { environment.remove() }
        let result = try new("coop", "Coop\nA\n\npeut-être\nFiducie\n")
        #expect(result.status == 65)
        #expect(result.stderr.contains("Ligne 4"), "\(result.stderr)")
        #expect(result.stderr.contains("financement"))
        #expect(result.stderr.contains("peut-être"))
        let journal = try JournalFile(environment, "coop")
        #expect(journal.lastAnswer("nom") as? String == "Coop")
        #expect(journal.lastAnswer("defis") as? [String] == ["A"])
        #expect(journal.lastAnswer("financement") == nil)
        #expect(journal.lastAnswer("sources") == nil)
    }

    @Test("An ambiguous number piped in an English grid exits 65 naming the input line and what to type, and the answers before it are saved")
    func ambiguousEnglishNumberStops() throws {
        defer { environment.remove() }
        try SmallEnglishGrid.write(in: environment)
        let result = try environment.run(SmallEnglishGrid.newArguments(environment, caseID: "coop"),
                                         stdin: "Coop «Nord» 🍎\n1,500 employé·e·s\n$2,5\n40 %\n", timeout: 5)
        #expect(result.status == 65, "\(result.stderr)")
        #expect(result.stderr.contains("Input line 3, question 'turnover': '$2,5': ambiguous comma; type 2.5 or 25"), "\(result.stderr)")
        #expect(result.stderr.contains("The answers before it are saved."))
        let journal = try JournalFile(environment, "coop")
        #expect(journal.lastAnswer("name") as? String == "Coop «Nord» 🍎")
        #expect(journal.lastAnswer("staff") as? Int == 1500)
        #expect(journal.lastAnswer("turnover") == nil, "2,5 is never read as 25")
        #expect(journal.lastAnswer("share") == nil)
    }

    @Test("new without --case through a pipe prints the proposed id on stderr and creates that case")
    func newWithoutCaseProposesAnID() throws {
        defer { environment.remove() }
        let result = try environment.run(["new", "--grid", environment.path(SmallGrid.fileName)], stdin: "Coop\n", timeout: 5)
        #expect(result.status == 0, "\(result.stderr)")
        let line = result.stderr.split(separator: "\n").first { $0.hasPrefix("Cas : ") }
        let caseID = line.map { String($0.dropFirst("Cas : ".count)) } ?? ""
        #expect(!caseID.isEmpty, "the proposed id is on stderr: \(result.stderr)")
        #expect(!result.stdout.contains("Cas : "))
        #expect(try environment.responseFiles().contains("\(caseID).jsonl"))
        let journal = try JournalFile(environment, caseID)
        #expect(journal.header["case"] as? String == caseID)
        #expect(journal.lastAnswer("nom") as? String == "Coop")
    }

    @Test("A case id that is not a slug exits 64 and writes nothing")
    func nonSlugCaseIDIsRefused() throws {
        defer { environment.remove() }
        let result = try new("../x", "Coop\n")
        #expect(result.status == 64)
        #expect(result.stderr.contains("../x"))
        #expect(try environment.responseFiles() == [])
        #expect(!FileManager.default.fileExists(atPath: environment.path("x.jsonl")))
        #expect(!FileManager.default.fileExists(atPath: environment.path("responses/../x.jsonl")))
    }

    @Test("new with an existing case id exits 73 and leaves the existing journal byte-identical")
    func existingCaseIsNeverOverwritten() throws {
        defer { environment.remove() }
        #expect(try new("coop", "Coop\n").status == 0)
        let before = try JournalFile(environment, "coop").data
        let result = try new("coop", "Autre\nX\n\n")
        #expect(result.status == 73)
        #expect(result.stderr.contains("interview resume coop"), "\(result.stderr)")
        #expect(try JournalFile(environment, "coop").data == before)
    }

    @Test("The journal and the saved grid copy are created with mode 0600")
    func journalIsPrivate() throws {
        defer { environment.remove() }
        #expect(try new("coop", "Coop\n").status == 0)
        let attributes = try FileManager.default.attributesOfItem(atPath: JournalFile.path(environment, "coop"))
        #expect((attributes[.posixPermissions] as? Int).map { $0 & 0o777 } == 0o600)
        let grids = URL(fileURLWithPath: environment.responses).appendingPathComponent(".grids").path
        for name in try FileManager.default.contentsOfDirectory(atPath: grids) {
            let copy = try FileManager.default.attributesOfItem(atPath: grids + "/" + name)
            #expect((copy[.posixPermissions] as? Int).map { $0 & 0o777 } == 0o600, "\(name)")
        }
    }

    @Test("The whole built-in grid answered through a pipe with consent ends completed with exit 0")
    func builtInGridCompletes() throws {
        defer { environment.remove() }
        let result = try environment.run(["new", "--case", "fjord"], stdin: BuiltInGridAnswers.all, timeout: 10)
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stderr.contains("Entretien terminé : 61 questions traitées sur 61"), "\(result.stderr)")
        #expect(result.stdout.contains("question 61 sur 61"))

        let journal = try JournalFile(environment, "fjord")
        #expect(journal.header["grid"] as? String == "territoires-nourriciers")
        #expect(journal.answeredQuestions.count == 61)
        #expect(journal.kinds.last == "complete")
        #expect(journal.lastAnswer("trois_facteurs") as? [String] == ["Ancrage local", "Bénévoles", "Partenariats"])
        #expect(journal.lastAnswer("part_revenus_commerciaux") as? Int == 65)
        #expect(journal.lastAnswer("nb_membres") as? Int == 1250)
        #expect(journal.lastAnswer("chiffre_affaires") as? Int == 1_200_000)
        #expect(journal.lastAnswer("courriel") as? String == "info@coopfjord.ca")
    }

    @Test("Refusing consent through a pipe ends the interview politely, completed")
    func refusedConsentEndsPolitely() throws {
        defer { environment.remove() }
        let result = try environment.run(["new", "--case", "refus"], stdin: "Coop du Fjord\nMarie Tremblay\nDirectrice\nnon\n", timeout: 5)
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stderr.contains("Merci"))
        #expect(!result.stdout.contains("5. Acceptez-vous qu'une fiche"))
        let journal = try JournalFile(environment, "refus")
        #expect(journal.lastAnswer("consentement_entretien") as? Bool == false)
        #expect(journal.answeredQuestions == ["nom_organisation", "nom_repondant", "fonction_repondant", "consentement_entretien"])
        #expect(journal.kinds.last == "complete")
    }
}

/// Piped answers to every question of the built-in grid, consent given and every "if yes" taken.
enum BuiltInGridAnswers {
    /// One entry per question in grid order; a list's items are followed by the empty line that ends it.
    static let perQuestion: [String] = [
        "Coopérative alimentaire du Fjord",   // 1 nom_organisation
        "Marie Tremblay",                      // 2 nom_repondant
        "Directrice générale",                 // 3 fonction_repondant
        "oui",                                 // 4 consentement_entretien
        "oui",                                 // 5 consentement_fiche
        "Accès à des aliments frais",          // 6 besoin_origine
        "Financement\nLocaux\n",               // 7 defis_demarrage
        "Campagne de parts sociales",          // 8 defis_demarrage_surmontes
        "Mobilisation citoyenne\n",            // 9 facteurs_demarrage
        "Municipalité\nCDC\n",                 // 10 partenaires_demarrage
        "Ajout d'un comptoir de vrac",         // 11 evolution_offre
        "Recrutement\n",                       // 12 defis_developpement
        "Entraide entre coops",                // 13 defis_developpement_surmontes
        "Bénévoles\nAncrage local\nPartenariats\n", // 14 facteurs_developpement
        "2 1 3",                               // 15 trois_facteurs
        "La confiance des membres",            // 16 apport_economie_sociale
        "Ventes\nSubventions\n",               // 17 sources_revenus
        "65 %",                                // 18 part_revenus_commerciaux
        "oui",                                 // 19 financement_solidaire
        "Fiducie du Chantier\n",               // 20 financement_solidaire_sources
        "o",                                   // 21 financement_solidaire_obtenu
        "non",                                 // 22 partage_etats_financiers
        "S'entourer\n",                        // 23 apprentissages
        "Relève\n",                            // 24 enjeux_futurs
        "oui",                                 // 25 besoins_soutien
        "Gestion\n",                           // 26 besoins_soutien_lesquels
        "Épicerie coopérative de quartier.",   // 27 presentation
        "4",                                   // 28 statut
        "Coopérative de solidarité",           // 29 surtitre
        "Saguenay",                            // 30 municipalite
        "Le Fjord-du-Saguenay",                // 31 mrc
        "2",                                   // 32 region
        "1",                                   // 33 milieu
        "Région",                              // 34 echelle_territoriale (by label)
        "1, 4",                                // 35 role_systeme_alimentaire
        "En 2015 à Chicoutimi",                // 36 date_creation
        "2015",                                // 37 annee_creation
        "12",                                  // 38 nb_employes
        "1 250",                               // 39 nb_membres
        "40 bénévoles",                        // 40 nb_benevoles
        "1 200 000 $",                         // 41 chiffre_affaires
        "2023-12-31",                          // 42 date_donnees
        "Nourrir le quartier",                 // 43 mission
        "Un quartier sans désert alimentaire", // 44 vision
        "Solidarité, proximité",               // 45 valeurs
        "Familles\n",                          // 46 publics_cibles
        "9",                                   // 47 taille_ca
        "oui",                                 // 48 aga
        "Part sociale de 50 $",                // 49 cotisation_membres
        "Prix justes\n",                       // 50 proposition_valeur
        "Épicerie\n",                          // 51 activites_cles
        "Paniers\n",                           // 52 mise_en_marche
        "Entrepôt partagé\n",                  // 53 ressources_cles
        "Magasin\n",                           // 54 reseau_distribution
        "Caisse Desjardins\n",                 // 55 partenaires_financiers
        "Banque alimentaire\n",                // 56 autres_partenaires
        "Marie Tremblay",                      // 57 contact_nom
        "Directrice générale",                 // 58 contact_fonction
        "info@coopfjord.ca",                   // 59 courriel
        "418 555-0123",                        // 60 telephone
        "https://coopfjord.ca",                // 61 site_web
    ]

    static var all: String { perQuestion.map { $0 + "\n" }.joined() }
}
