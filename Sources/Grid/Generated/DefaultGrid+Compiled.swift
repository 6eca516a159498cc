// Generated from grids/territoires-nourriciers.yaml by scripts/generate-default-grid.sh: do not edit.
// DefaultGridCompiledTests fails when this no longer matches the file; run the script then.
// Left out when Grid is built for the generator (see DefaultGrid+NotCompiled.swift).
#if !GENERATING_DEFAULT_GRID

extension DefaultGrid {
    /// The length in bytes of the grid file this was generated from.
    static let compiledByteCount = 28993
    /// Its FNV-1a hash: the compiled grid stands in for the file only when both match.
    static let compiledFNV1a: UInt64 = 0xBEC5FD3DBBD418D2
    /// Its SHA-256.
    static let compiledSHA256 = "c2830f3e4734a17b467f4d0580395458f57e8c5224d88874d34885106a4e18f6"

    /// The grid as `GridLoader` decodes the file, built without parsing it.
    static func compiledGrid() -> Grid? {
        var sections: [Section] = []
        var questions: [Question] = []
        var question: Question
        var section: Section
        questions = []
        question = Question(id: "nom_organisation", text: "Quel est le nom de l'organisme/entreprise?", type: .text)
        question.required = true
        question.label = "Organisation"
        question.position = SourcePosition(line: 49, column: 9)
        questions.append(question)
        question = Question(id: "nom_repondant", text: "Quel est le nom de la personne interviewée?", type: .text)
        question.label = "Personne interviewée"
        question.personal = true
        question.position = SourcePosition(line: 55, column: 9)
        questions.append(question)
        question = Question(id: "fonction_repondant", text: "Quelle est sa fonction dans l'organisme/entreprise?", type: .text)
        question.help = "Par exemple : « présidente du conseil d'administration », « directeur général »."
        question.label = "Fonction de la personne interviewée"
        question.position = SourcePosition(line: 61, column: 9)
        questions.append(question)
        question = Question(id: "consentement_entretien", text: "Acceptez-vous de participer à cet entretien et que vos réponses soient consignées à des fins de recherche?", type: .yesno)
        question.required = true
        question.help = "Sans ce consentement, l'entretien s'arrête ici."
        question.label = "Consentement à l'entretien"
        question.inFiche = false
        question.position = SourcePosition(line: 67, column: 9)
        questions.append(question)
        question = Question(id: "consentement_fiche", text: "Acceptez-vous qu'une fiche de cas présentant votre organisme/entreprise soit publiée?", type: .yesno)
        question.when = .compare(question: "consentement_entretien", .equal, .bool(true))
        question.help = "La fiche présente le profil de l'organisation, les défis, les facteurs de succès et les apprentissages nommés pendant l'entretien."
        question.label = "Consentement à la publication de la fiche"
        question.inFiche = false
        question.position = SourcePosition(line: 75, column: 9)
        questions.append(question)
        section = Section(id: "identification", title: "Identification", label: "Identification", questions: questions)
        section.position = SourcePosition(line: 45, column: 5)
        sections.append(section)
        questions = []
        question = Question(id: "besoin_origine", text: "Quel était le principal besoin de votre communauté à l'origine de la création de votre organisme/entreprise?", type: .text)
        question.required = true
        question.probes = ["Quel besoin n'était pas comblé dans le milieu?", "Qui a porté le projet au départ?"]
        question.label = "Besoin à l'origine"
        question.position = SourcePosition(line: 89, column: 9)
        questions.append(question)
        question = Question(id: "defis_demarrage", text: "Quels sont les principaux défis ou obstacles que vous avez rencontrés au démarrage?", type: .list)
        question.probes = [
            "Financement du démarrage, des infrastructures ou des équipements?",
            "Reconnaissance du projet par les instances locales, mobilisation de la population?",
        ]
        question.label = "Défis au démarrage"
        question.position = SourcePosition(line: 98, column: 9)
        questions.append(question)
        question = Question(id: "defis_demarrage_surmontes", text: "Comment les avez-vous surmontés?", type: .text)
        question.when = .answered("defis_demarrage")
        question.label = "Comment les défis du démarrage ont été surmontés"
        question.position = SourcePosition(line: 106, column: 9)
        questions.append(question)
        question = Question(id: "facteurs_demarrage", text: "Quels sont les principaux facteurs de succès ou les conditions qui ont facilité le démarrage de votre organisme/entreprise?", type: .list)
        question.probes = [
            "Mobilisation des citoyen·ne·s, implication bénévole?",
            "Soutien financier ou technique de la municipalité, de la MRC, du MAPAQ, de partenaires privés?",
            "Accès à un local, à une terre ou à un bâtiment?",
        ]
        question.label = "Facteurs de succès au démarrage"
        question.position = SourcePosition(line: 112, column: 9)
        questions.append(question)
        question = Question(id: "partenaires_demarrage", text: "Quels sont les principaux partenaires qui ont soutenu ce démarrage, je fais ici référence à l'ensemble des partenaires, pas uniquement aux partenaires financiers?", type: .list)
        question.probes = [
            "Pas uniquement les partenaires financiers.",
            "Partenaires publics, communautaires et privés; soutien technique ou prêt de ressources?",
        ]
        question.label = "Partenaires du démarrage"
        question.position = SourcePosition(line: 121, column: 9)
        questions.append(question)
        section = Section(id: "demarrage", title: "Démarrage de l'organisme/entreprise : principaux défis et facteurs de succès", label: "Démarrage", questions: questions)
        section.when = .compare(question: "consentement_entretien", .equal, .bool(true))
        section.position = SourcePosition(line: 84, column: 5)
        sections.append(section)
        questions = []
        question = Question(id: "evolution_offre", text: "Depuis sa création, comment a évolué l'offre de produits et services de votre organisme/entreprise?", type: .text)
        question.probes = ["Nouveaux produits ou services, nouveaux canaux de vente, nouvelles clientèles?"]
        question.label = "Évolution de l'offre"
        question.position = SourcePosition(line: 135, column: 9)
        questions.append(question)
        question = Question(id: "defis_developpement", text: "Quels sont les principaux défis que vous avez rencontrés pour permettre le développement de votre organisme/entreprise?", type: .list)
        question.probes = ["Financement, main-d'œuvre, approvisionnement, logistique, concurrence?"]
        question.label = "Défis du développement"
        question.position = SourcePosition(line: 142, column: 9)
        questions.append(question)
        question = Question(id: "defis_developpement_surmontes", text: "Comment les avez-vous surmontés?", type: .text)
        question.when = .answered("defis_developpement")
        question.label = "Comment les défis du développement ont été surmontés"
        question.position = SourcePosition(line: 149, column: 9)
        questions.append(question)
        question = Question(id: "facteurs_developpement", text: "Quels sont les principaux facteurs de succès qui ont permis ce développement et cette viabilité?", type: .list)
        question.probes = ["Gouvernance, leadership, équipe, mise en marché, partenariats?"]
        question.label = "Facteurs de succès du développement"
        question.position = SourcePosition(line: 155, column: 9)
        questions.append(question)
        question = Question(id: "trois_facteurs", text: "Parmi ces facteurs, quels sont les 3 facteurs les plus importants?", type: .rank)
        question.from = "facteurs_developpement"
        question.count = 3
        question.help = "Du plus important au moins important."
        question.label = "Trois facteurs les plus importants"
        question.position = SourcePosition(line: 162, column: 9)
        questions.append(question)
        question = Question(id: "apport_economie_sociale", text: "En quoi le fait d'être une entreprise d'économie sociale contribue-t-il au succès de votre organisme/entreprise?", type: .text)
        question.probes = [
            "Appuis des municipalités ou de la MRC, accès à des subventions ou à des terres?",
            "Mobilisation des membres et de la communauté?",
        ]
        question.label = "Apport de l'économie sociale"
        question.position = SourcePosition(line: 170, column: 9)
        questions.append(question)
        question = Question(id: "sources_revenus", text: "Quelles sont vos principales sources de revenus?", type: .list)
        question.probes = ["Ventes, subventions, dons et philanthropie, cotisations?"]
        question.label = "Sources de revenus"
        question.inFiche = false
        question.position = SourcePosition(line: 178, column: 9)
        questions.append(question)
        question = Question(id: "part_revenus_commerciaux", text: "Quelle proportion de vos revenus provient de vos activités commerciales?", type: .percent)
        question.min = 0.0
        question.max = 100.0
        question.label = "Part des revenus commerciaux"
        question.inFiche = false
        question.position = SourcePosition(line: 186, column: 9)
        questions.append(question)
        question = Question(id: "financement_solidaire", text: "Avez-vous fait appel aux sources de financement solidaire?", type: .yesno)
        question.help = "Par exemple : Caisse d'économie solidaire Desjardins, Investissement Québec, Fiducie du Chantier de l'économie sociale."
        question.label = "Recours au financement solidaire"
        question.inFiche = false
        question.position = SourcePosition(line: 194, column: 9)
        questions.append(question)
        question = Question(id: "financement_solidaire_sources", text: "Si oui, lesquelles?", type: .list)
        question.when = .compare(question: "financement_solidaire", .equal, .bool(true))
        question.label = "Sources de financement solidaire"
        question.inFiche = false
        question.position = SourcePosition(line: 201, column: 9)
        questions.append(question)
        question = Question(id: "financement_solidaire_obtenu", text: "Avez-vous pu obtenir du financement?", type: .yesno)
        question.when = .compare(question: "financement_solidaire", .equal, .bool(true))
        question.label = "Financement solidaire obtenu"
        question.inFiche = false
        question.position = SourcePosition(line: 208, column: 9)
        questions.append(question)
        question = Question(id: "partage_etats_financiers", text: "Acceptez-vous de partager les états financiers des 3 dernières années pour nous permettre de calculer certains ratios clés concernant la viabilité?", type: .yesno)
        question.help = "Le cas échéant, un formulaire de confidentialité sera signé."
        question.label = "Partage des états financiers"
        question.inFiche = false
        question.position = SourcePosition(line: 215, column: 9)
        questions.append(question)
        question = Question(id: "apprentissages", text: "Quels apprentissages ou leçons tirez-vous de votre expérience qui pourraient être utiles pour d'autres qui travaillent à la pérennisation de leur entreprise dans le domaine agroalimentaire?", type: .list)
        question.label = "Apprentissages"
        question.position = SourcePosition(line: 222, column: 9)
        questions.append(question)
        question = Question(id: "enjeux_futurs", text: "Quels sont les principaux enjeux que vous entrevoyez pour le futur?", type: .list)
        question.label = "Enjeux de développement futur"
        question.position = SourcePosition(line: 227, column: 9)
        questions.append(question)
        question = Question(id: "besoins_soutien", text: "Avez-vous des besoins de soutien et d'accompagnement pour relever ces défis ou enjeux?", type: .yesno)
        question.label = "Besoins de soutien"
        question.inFiche = false
        question.position = SourcePosition(line: 232, column: 9)
        questions.append(question)
        question = Question(id: "besoins_soutien_lesquels", text: "Lesquels?", type: .list)
        question.when = .compare(question: "besoins_soutien", .equal, .bool(true))
        question.probes = [
            "Gouvernance, recherche et développement, recherche de financement?",
            "Gestion et comptabilité, structuration de futurs projets?",
            "Liens avec d'autres entreprises d'économie sociale pour partager expériences et apprentissages?",
        ]
        question.label = "Besoins de soutien et d'accompagnement"
        question.position = SourcePosition(line: 238, column: 9)
        questions.append(question)
        section = Section(id: "developpement", title: "Développement et viabilité : principaux défis et facteurs de succès", label: "Développement et viabilité", questions: questions)
        section.when = .compare(question: "consentement_entretien", .equal, .bool(true))
        section.position = SourcePosition(line: 130, column: 5)
        sections.append(section)
        questions = []
        question = Question(id: "presentation", text: "Présentation de l'organisation en quelques phrases : ce qu'elle fait, où, pour qui et depuis quand.", type: .text)
        question.help = "Paragraphe d'ouverture de la fiche. Cette section (« En bref ») peut être complétée après l'entretien à partir des documents de l'organisation."
        question.label = "Présentation"
        question.position = SourcePosition(line: 257, column: 9)
        questions.append(question)
        question = Question(id: "statut", text: "Quel est le statut juridique de l'organisme/entreprise?", type: .choice)
        question.choices = [
            Choice(id: "coop_consommateurs", label: "Coopérative de consommateur-ric-e-s", group: "Coopératives"),
            Choice(id: "coop_producteurs", label: "Coopérative de producteur·rice·s", group: "Coopératives"),
            Choice(id: "coop_travail", label: "Coopérative de travail", group: "Coopératives"),
            Choice(id: "coop_solidarite", label: "Coopérative de solidarité", group: "Coopératives"),
            Choice(id: "coop_travailleurs_actionnaire", label: "Coopérative de travailleur·euse·s actionnaire", group: "Coopératives"),
            Choice(id: "obnl", label: "OBNL", group: nil),
        ]
        question.label = "Statut juridique"
        question.position = SourcePosition(line: 263, column: 9)
        questions.append(question)
        question = Question(id: "surtitre", text: "Quel surtitre la fiche porte-t-elle au-dessus du nom de l'organisation?", type: .text)
        question.help = "D'ordinaire le statut, tel que la fiche l'imprime : « Coopérative de solidarité », « OBNL ». Passez la question si la fiche n'a pas de surtitre."
        question.label = "Surtitre de la fiche"
        question.position = SourcePosition(line: 275, column: 9)
        questions.append(question)
        question = Question(id: "municipalite", text: "Dans quelle municipalité l'organisme/entreprise est-il situé?", type: .text)
        question.label = "Municipalité"
        question.inFiche = false
        question.position = SourcePosition(line: 281, column: 9)
        questions.append(question)
        question = Question(id: "mrc", text: "Dans quelle MRC?", type: .text)
        question.help = "Ou le territoire équivalent (ville ou agglomération qui exerce les compétences d'une MRC)."
        question.label = "MRC"
        question.inFiche = false
        question.position = SourcePosition(line: 287, column: 9)
        questions.append(question)
        question = Question(id: "region", text: "Dans quelle région administrative?", type: .choice)
        question.choices = [
            Choice(id: "bas_saint_laurent", label: "Bas-Saint-Laurent", group: nil),
            Choice(id: "saguenay_lac_saint_jean", label: "Saguenay–Lac-Saint-Jean", group: nil),
            Choice(id: "capitale_nationale", label: "Capitale-Nationale", group: nil),
            Choice(id: "mauricie", label: "Mauricie", group: nil),
            Choice(id: "estrie", label: "Estrie", group: nil),
            Choice(id: "montreal", label: "Montréal", group: nil),
            Choice(id: "outaouais", label: "Outaouais", group: nil),
            Choice(id: "abitibi_temiscamingue", label: "Abitibi-Témiscamingue", group: nil),
            Choice(id: "cote_nord", label: "Côte-Nord", group: nil),
            Choice(id: "nord_du_quebec", label: "Nord-du-Québec", group: nil),
            Choice(id: "gaspesie_iles_de_la_madeleine", label: "Gaspésie–Îles-de-la-Madeleine", group: nil),
            Choice(id: "chaudiere_appalaches", label: "Chaudière-Appalaches", group: nil),
            Choice(id: "laval", label: "Laval", group: nil),
            Choice(id: "lanaudiere", label: "Lanaudière", group: nil),
            Choice(id: "laurentides", label: "Laurentides", group: nil),
            Choice(id: "monteregie", label: "Montérégie", group: nil),
            Choice(id: "centre_du_quebec", label: "Centre-du-Québec", group: nil),
        ]
        question.help = "Les régions sont dans l'ordre de leur code officiel (01 à 17)."
        question.label = "Région administrative"
        question.inFiche = false
        question.position = SourcePosition(line: 294, column: 9)
        questions.append(question)
        question = Question(id: "milieu", text: "Dans quel type de milieu l'organisme/entreprise est-il situé?", type: .choice)
        question.choices = [
            Choice(id: "urbain", label: "Urbain", group: nil),
            Choice(id: "periurbain", label: "Périurbain ou semi-rural", group: nil),
            Choice(id: "rural", label: "Rural", group: nil),
        ]
        question.label = "Milieu"
        question.inFiche = false
        question.position = SourcePosition(line: 319, column: 9)
        questions.append(question)
        question = Question(id: "echelle_territoriale", text: "Quelle est l'échelle territoriale de ses activités?", type: .choice)
        question.choices = [
            Choice(id: "quartier", label: "Quartier", group: nil),
            Choice(id: "municipalite", label: "Municipalité", group: nil),
            Choice(id: "mrc", label: "MRC", group: nil),
            Choice(id: "region", label: "Région", group: nil),
            Choice(id: "quebec", label: "Québec", group: nil),
        ]
        question.label = "Échelle territoriale"
        question.inFiche = false
        question.position = SourcePosition(line: 329, column: 9)
        questions.append(question)
        question = Question(id: "role_systeme_alimentaire", text: "Quel est son rôle dans le système alimentaire?", type: .multichoice)
        question.choices = [
            Choice(id: "distribution_detail", label: "Distribution au détail", group: nil),
            Choice(id: "production_ecologique", label: "Production écologique agricole et agroforestière", group: nil),
            Choice(id: "transformation", label: "Transformation", group: nil),
            Choice(id: "circuits_courts", label: "Vente en circuits courts", group: nil),
            Choice(id: "lutte_pauvrete", label: "Lutte à la pauvreté et à l'exclusion sociale", group: nil),
            Choice(id: "mutualisation", label: "Mutualisation", group: nil),
            Choice(id: "recherche", label: "Recherche et nouvelles approches", group: nil),
        ]
        question.help = "Plusieurs choix possibles."
        question.label = "Rôle dans le système alimentaire"
        question.inFiche = false
        question.position = SourcePosition(line: 341, column: 9)
        questions.append(question)
        question = Question(id: "date_creation", text: "Quand et où l'organisme/entreprise a-t-il été créé?", type: .text)
        question.help = "Par exemple : « Coopérative créée dans les années 1970 dans la municipalité de Saint-Fabien. »"
        question.label = "Date et lieu de création"
        question.position = SourcePosition(line: 356, column: 9)
        questions.append(question)
        question = Question(id: "annee_creation", text: "En quelle année l'organisme/entreprise a-t-il été créé?", type: .year)
        question.min = 1800.0
        question.max = 2100.0
        question.help = "Pour les statistiques; si seule la décennie est connue, indiquer sa première année (1970 pour « les années 1970 »)."
        question.label = "Année de création"
        question.inFiche = false
        question.position = SourcePosition(line: 362, column: 9)
        questions.append(question)
        question = Question(id: "nb_employes", text: "Combien d'employé·e·s l'organisme/entreprise compte-t-il?", type: .integer)
        question.min = 0.0
        question.unit = "employé-e-s"
        question.unitSingular = "employé-e"
        question.help = "À temps plein et à temps partiel."
        question.label = "Employé·e·s"
        question.position = SourcePosition(line: 371, column: 9)
        questions.append(question)
        question = Question(id: "nb_membres", text: "Combien de membres compte-t-il?", type: .integer)
        question.min = 0.0
        question.unit = "membres"
        question.unitSingular = "membre"
        question.label = "Membres"
        question.position = SourcePosition(line: 379, column: 9)
        questions.append(question)
        question = Question(id: "nb_benevoles", text: "Combien de bénévoles?", type: .integer)
        question.min = 0.0
        question.unit = "bénévoles"
        question.unitSingular = "bénévole"
        question.label = "Bénévoles"
        question.position = SourcePosition(line: 386, column: 9)
        questions.append(question)
        question = Question(id: "chiffre_affaires", text: "Quel est son chiffre d'affaires annuel?", type: .money)
        question.min = 0.0
        question.unit = "$"
        question.label = "Chiffre d'affaires"
        question.position = SourcePosition(line: 393, column: 9)
        questions.append(question)
        question = Question(id: "date_donnees", text: "À quelle date se rapportent ces chiffres (employé·e·s, membres, bénévoles, chiffre d'affaires)?", type: .text)
        question.help = "Par exemple : « juillet 2021 » ou « 2020 »."
        question.label = "Date des données"
        question.position = SourcePosition(line: 400, column: 9)
        questions.append(question)
        question = Question(id: "mission", text: "Quelle est la mission de l'organisme/entreprise?", type: .text)
        question.help = "Citer l'énoncé officiel entre « » lorsqu'il existe."
        question.label = "Mission"
        question.position = SourcePosition(line: 406, column: 9)
        questions.append(question)
        question = Question(id: "vision", text: "Quelle est sa vision?", type: .text)
        question.label = "Vision"
        question.position = SourcePosition(line: 412, column: 9)
        questions.append(question)
        question = Question(id: "valeurs", text: "Quelles sont ses valeurs?", type: .text)
        question.label = "Valeurs"
        question.position = SourcePosition(line: 417, column: 9)
        questions.append(question)
        question = Question(id: "publics_cibles", text: "Quels sont sa clientèle et ses publics cibles?", type: .list)
        question.label = "Clientèle et publics cibles"
        question.position = SourcePosition(line: 422, column: 9)
        questions.append(question)
        question = Question(id: "taille_ca", text: "Combien de membres siègent au conseil d'administration?", type: .integer)
        question.min = 0.0
        question.unit = "membres"
        question.unitSingular = "membre"
        question.label = "Conseil d'administration"
        question.position = SourcePosition(line: 427, column: 9)
        questions.append(question)
        question = Question(id: "aga", text: "L'organisme/entreprise tient-il une assemblée générale annuelle (AGA)?", type: .yesno)
        question.label = "AGA"
        question.position = SourcePosition(line: 434, column: 9)
        questions.append(question)
        question = Question(id: "cotisation_membres", text: "Quelle est la cotisation ou la part sociale demandée aux membres?", type: .text)
        question.help = "Par exemple : « 20 $ à vie pour deux parts sociales »."
        question.label = "Cotisation des membres"
        question.position = SourcePosition(line: 439, column: 9)
        questions.append(question)
        question = Question(id: "proposition_valeur", text: "Quelle est sa proposition de valeur? Comment se positionne-t-il?", type: .list)
        question.label = "Proposition de valeur / positionnement"
        question.position = SourcePosition(line: 445, column: 9)
        questions.append(question)
        question = Question(id: "activites_cles", text: "Quelles sont ses activités clés?", type: .list)
        question.label = "Activités clés"
        question.position = SourcePosition(line: 450, column: 9)
        questions.append(question)
        question = Question(id: "mise_en_marche", text: "Quelle est sa stratégie de mise en marché?", type: .list)
        question.label = "Stratégie de mise en marché"
        question.position = SourcePosition(line: 455, column: 9)
        questions.append(question)
        question = Question(id: "ressources_cles", text: "Quelles sont ses ressources clés et ses stratégies de mutualisation?", type: .list)
        question.label = "Ressources clés et stratégies de mutualisation"
        question.position = SourcePosition(line: 460, column: 9)
        questions.append(question)
        question = Question(id: "reseau_distribution", text: "Quel est son réseau de distribution?", type: .list)
        question.label = "Réseau de distribution"
        question.position = SourcePosition(line: 465, column: 9)
        questions.append(question)
        question = Question(id: "partenaires_financiers", text: "Quels sont ses principaux partenaires financiers?", type: .list)
        question.label = "Partenaires financiers"
        question.position = SourcePosition(line: 470, column: 9)
        questions.append(question)
        question = Question(id: "autres_partenaires", text: "Quels sont ses autres principaux partenaires?", type: .list)
        question.label = "Autres partenaires"
        question.position = SourcePosition(line: 475, column: 9)
        questions.append(question)
        question = Question(id: "contact_nom", text: "Quelle personne joindre pour plus d'information?", type: .text)
        question.label = "Personne-ressource"
        question.personal = true
        question.position = SourcePosition(line: 480, column: 9)
        questions.append(question)
        question = Question(id: "contact_fonction", text: "Quelle est sa fonction?", type: .text)
        question.label = "Fonction de la personne-ressource"
        question.position = SourcePosition(line: 486, column: 9)
        questions.append(question)
        question = Question(id: "courriel", text: "Quelle adresse courriel indiquer pour plus d'information?", type: .email)
        question.label = "Courriel"
        question.personal = true
        question.position = SourcePosition(line: 491, column: 9)
        questions.append(question)
        question = Question(id: "telephone", text: "Quel numéro de téléphone indiquer?", type: .phone)
        question.label = "Téléphone"
        question.personal = true
        question.position = SourcePosition(line: 497, column: 9)
        questions.append(question)
        question = Question(id: "site_web", text: "Quelle est l'adresse du site Web?", type: .url)
        question.label = "Site Web"
        question.position = SourcePosition(line: 503, column: 9)
        questions.append(question)
        section = Section(id: "profil", title: "Profil de l'organisation", label: "Profil", questions: questions)
        section.when = .compare(question: "consentement_entretien", .equal, .bool(true))
        section.position = SourcePosition(line: 252, column: 5)
        sections.append(section)
        var grid = Grid(
            id: "territoires-nourriciers", version: 1, language: .fr, title: "Entreprendre collectivement en alimentation — grille d'entretien",
            titleFrom: "nom_organisation", subtitleFrom: nil,
            objectives: [
            "Identifier les principaux défis et les facteurs de succès au démarrage.",
            "Cerner les principaux éléments du modèle d'affaires qui contribuent au développement et à la viabilité de l'entreprise/organisme.",
        ],
            sections: sections,
            codebook: [
            Theme(id: "ancrage", label: "L'ancrage dans la communauté", codes: [
                Theme.Code(id: "mobilisation", label: "Mobilisation des citoyen·ne·s"),
                Theme.Code(id: "soutien", label: "Soutien financier et technique"),
                Theme.Code(id: "ecoles", label: "Écoles et centres de recherche"),
                Theme.Code(id: "approvisionnement", label: "Chaîne d'approvisionnement et producteur·rice·s locaux·ales"),
                Theme.Code(id: "instances", label: "Instances municipales et régionales"),
            ]),
            Theme(id: "gouvernance", label: "La gouvernance démocratique", codes: [
                Theme.Code(id: "ca_fort", label: "Conseil d'administration fort"),
                Theme.Code(id: "separation", label: "Séparation entre la gouvernance du CA et les opérations"),
                Theme.Code(id: "implication_membres", label: "Implication des membres"),
                Theme.Code(id: "appartenance", label: "Sentiment d'appartenance"),
            ]),
            Theme(id: "leadership", label: "Le leadership et la gestion stratégique", codes: [
                Theme.Code(id: "mission", label: "Mission claire et cohérente"),
                Theme.Code(id: "activites_coherentes", label: "Activités cohérentes avec la mission"),
                Theme.Code(id: "vision", label: "Vision à long terme et intégrée"),
                Theme.Code(id: "impact_social", label: "Mise en valeur de l'impact social"),
            ]),
            Theme(id: "accompagnement", label: "L'accompagnement", codes: [
                Theme.Code(id: "soutien_technique", label: "Soutien technique"),
                Theme.Code(id: "besoin_gouvernance", label: "Besoin de soutien : gouvernance"),
                Theme.Code(id: "besoin_recherche", label: "Besoin de soutien : recherche et développement"),
                Theme.Code(id: "besoin_financement", label: "Besoin de soutien : recherche de financement"),
                Theme.Code(id: "besoin_gestion", label: "Besoin de soutien : gestion et comptabilité"),
                Theme.Code(id: "besoin_projets", label: "Besoin de soutien : structure des futurs projets"),
                Theme.Code(id: "besoin_reseau", label: "Besoin de soutien : relations avec d'autres entreprises d'économie sociale"),
            ]),
            Theme(id: "proposition_valeur", label: "La proposition de valeur et la stratégie de mise en marché", codes: [
                Theme.Code(id: "besoins", label: "Attention aux besoins des clientèles cibles"),
                Theme.Code(id: "produits_locaux", label: "Produits locaux et de qualité"),
                Theme.Code(id: "service", label: "Service"),
                Theme.Code(id: "fidelisation", label: "Fidélisation de la clientèle"),
                Theme.Code(id: "canaux", label: "Diversification des canaux"),
                Theme.Code(id: "activites", label: "Diversification des activités"),
                Theme.Code(id: "creneau", label: "Créneau"),
                Theme.Code(id: "financement_communications", label: "Financement pour les communications et le marketing"),
            ]),
            Theme(id: "gestion_financiere", label: "La gestion financière", codes: [
                Theme.Code(id: "recherche_financement", label: "Recherche de financement"),
                Theme.Code(id: "acces_financement", label: "Accès au financement"),
                Theme.Code(id: "dependance_public", label: "Dépendance au financement public"),
                Theme.Code(id: "acces_ressources", label: "Accès à des ressources grâce à l'ancrage dans la communauté"),
            ]),
            Theme(id: "gestion_operations", label: "La gestion des opérations", codes: [
                Theme.Code(id: "approvisionnements", label: "Approvisionnements"),
                Theme.Code(id: "logistique_transport", label: "Logistique du transport"),
                Theme.Code(id: "gestion_inventaire", label: "Gestion d'inventaire"),
                Theme.Code(id: "nouveaux_equipements", label: "Nouveaux équipements"),
                Theme.Code(id: "collectiviser", label: "Collectiviser davantage"),
                Theme.Code(id: "travailleurs", label: "Expertise et engagement des travailleur·euse·s"),
                Theme.Code(id: "main_d_oeuvre", label: "Recrutement et rétention de la main-d'œuvre"),
            ]),
        ],
            caseFile: [
            CaseFileSection(title: "En bref", entries: [
                CaseFileSection.Entry(heading: "Date de création et besoin à l'origine", from: [], lines: [
                    CaseFileLine(kind: .paragraph, sentences: [FicheSentence(template: FicheTemplate(parts: [.answer("date_creation")]), when: nil)]),
                    CaseFileLine(kind: .paragraph, sentences: [
            FicheSentence(template: FicheTemplate(parts: [.text("Besoin à l'origine : "), .answer("besoin_origine")]), when: nil),
        ]),
                    CaseFileLine(kind: .lead(bullets: [
            CaseFileLine(kind: .bullet, sentences: [FicheSentence(template: FicheTemplate(parts: [.answer("nb_employes")]), when: nil)]),
            CaseFileLine(kind: .bullet, sentences: [FicheSentence(template: FicheTemplate(parts: [.answer("nb_benevoles")]), when: nil)]),
            CaseFileLine(kind: .bullet, sentences: [
            FicheSentence(template: FicheTemplate(parts: [.text("un chiffre d'affaires de "), .answer("chiffre_affaires")]), when: nil),
        ]),
        ], itemEnd: " ;", lastEnd: "."), sentences: [
            FicheSentence(template: FicheTemplate(parts: [.text("En "), .answer("date_donnees"), .text(", l'OBNL comptait :")]), when: .compare(question: "statut", .equal, .text("obnl"))),
            FicheSentence(template: FicheTemplate(parts: [.text("En "), .answer("date_donnees"), .text(", elle comptait :")]), when: nil),
        ]),
                ]),
                CaseFileSection.Entry(heading: "Mission, vision, valeurs", from: [], lines: [
                    CaseFileLine(kind: .paragraph, sentences: [
            FicheSentence(template: FicheTemplate(parts: [.text("Mission : "), .answer("mission")]), when: nil),
        ]),
                    CaseFileLine(kind: .paragraph, sentences: [FicheSentence(template: FicheTemplate(parts: [.text("Vision : "), .answer("vision")]), when: nil)]),
                    CaseFileLine(kind: .paragraph, sentences: [
            FicheSentence(template: FicheTemplate(parts: [.text("Valeurs : "), .answer("valeurs")]), when: nil),
        ]),
                ]),
                CaseFileSection.Entry(heading: "Clientèle et publics cibles", from: [], lines: [
                    CaseFileLine(kind: .bullet, sentences: [FicheSentence(template: FicheTemplate(parts: [.answer("publics_cibles")]), when: nil)]),
                ]),
                CaseFileSection.Entry(heading: "Statut juridique et gouvernance", from: [], lines: [
                    CaseFileLine(kind: .bullet, sentences: [FicheSentence(template: FicheTemplate(parts: [.answer("statut"), .text(".")]), when: nil)]),
                    CaseFileLine(kind: .bullet, sentences: [
            FicheSentence(template: FicheTemplate(parts: [.answer("nb_membres"), .text(" ("), .answer("cotisation_membres"), .text(").")]), when: nil),
            FicheSentence(template: FicheTemplate(parts: [.answer("nb_membres"), .text(".")]), when: nil),
        ]),
                    CaseFileLine(kind: .bullet, sentences: [
            FicheSentence(template: FicheTemplate(parts: [.text("Conseil d'administration ("), .answer("taille_ca"), .text(") et AGA.")]), when: .compare(question: "aga", .equal, .bool(true))),
            FicheSentence(template: FicheTemplate(parts: [.text("Conseil d'administration ("), .answer("taille_ca"), .text(").")]), when: nil),
            FicheSentence(template: FicheTemplate(parts: [.text("AGA.")]), when: .compare(question: "aga", .equal, .bool(true))),
        ]),
                ]),
                CaseFileSection.Entry(heading: "Proposition de valeur / positionnement", from: [], lines: [
                    CaseFileLine(kind: .bullet, sentences: [FicheSentence(template: FicheTemplate(parts: [.answer("proposition_valeur")]), when: nil)]),
                ]),
                CaseFileSection.Entry(heading: "Activités clés", from: [], lines: [
                    CaseFileLine(kind: .bullet, sentences: [FicheSentence(template: FicheTemplate(parts: [.answer("activites_cles")]), when: nil)]),
                ]),
                CaseFileSection.Entry(heading: "Stratégie de mise en marché", from: [], lines: [
                    CaseFileLine(kind: .bullet, sentences: [FicheSentence(template: FicheTemplate(parts: [.answer("mise_en_marche")]), when: nil)]),
                ]),
                CaseFileSection.Entry(heading: "Ressources clés et stratégies de mutualisation", from: [], lines: [
                    CaseFileLine(kind: .bullet, sentences: [FicheSentence(template: FicheTemplate(parts: [.answer("ressources_cles")]), when: nil)]),
                ]),
                CaseFileSection.Entry(heading: "Réseau de distribution", from: [], lines: [
                    CaseFileLine(kind: .bullet, sentences: [FicheSentence(template: FicheTemplate(parts: [.answer("reseau_distribution")]), when: nil)]),
                ]),
                CaseFileSection.Entry(heading: "Principaux partenaires", from: [], lines: [
                    CaseFileLine(kind: .bullet, sentences: [
            FicheSentence(template: FicheTemplate(parts: [.text("**Financiers:** "), .answer("partenaires_financiers"), .text(".")]), when: nil),
        ]),
                    CaseFileLine(kind: .bullet, sentences: [
            FicheSentence(template: FicheTemplate(parts: [.text("**Autres:** "), .answer("autres_partenaires"), .text(".")]), when: .answered("partenaires_financiers")),
            FicheSentence(template: FicheTemplate(parts: [.answer("autres_partenaires")]), when: nil),
        ]),
                ]),
            ]),
            CaseFileSection(title: "Démarrage", entries: [
                CaseFileSection.Entry(heading: "Principaux défis", from: [], lines: [
                    CaseFileLine(kind: .bullet, sentences: [FicheSentence(template: FicheTemplate(parts: [.answer("defis_demarrage")]), when: nil)]),
                    CaseFileLine(kind: .bullet, sentences: [
            FicheSentence(template: FicheTemplate(parts: [.text("Pour les surmonter : "), .answer("defis_demarrage_surmontes")]), when: nil),
        ]),
                ]),
                CaseFileSection.Entry(heading: "Principaux facteurs de succès", from: [], lines: [
                    CaseFileLine(kind: .bullet, sentences: [FicheSentence(template: FicheTemplate(parts: [.answer("facteurs_demarrage")]), when: nil)]),
                    CaseFileLine(kind: .bullet, sentences: [
            FicheSentence(template: FicheTemplate(parts: [.text("Partenaires du démarrage : "), .answer("partenaires_demarrage"), .text(".")]), when: nil),
        ]),
                ]),
            ]),
            CaseFileSection(title: "Développement et viabilité", entries: [
                CaseFileSection.Entry(heading: "Principaux défis", from: [], lines: [
                    CaseFileLine(kind: .bullet, sentences: [FicheSentence(template: FicheTemplate(parts: [.answer("defis_developpement")]), when: nil)]),
                    CaseFileLine(kind: .bullet, sentences: [
            FicheSentence(template: FicheTemplate(parts: [.text("Pour les surmonter : "), .answer("defis_developpement_surmontes")]), when: nil),
        ]),
                ]),
                CaseFileSection.Entry(heading: "Principaux facteurs de succès", from: [], lines: [
                    CaseFileLine(kind: .bullet, sentences: [FicheSentence(template: FicheTemplate(parts: [.answer("facteurs_developpement")]), when: nil)]),
                    CaseFileLine(kind: .bullet, sentences: [
            FicheSentence(template: FicheTemplate(parts: [.text("Les trois plus importants : "), .answer("trois_facteurs"), .text(".")]), when: nil),
        ]),
                    CaseFileLine(kind: .bullet, sentences: [
            FicheSentence(template: FicheTemplate(parts: [.text("Apport de l'économie sociale : "), .answer("apport_economie_sociale")]), when: nil),
        ]),
                ]),
            ]),
            CaseFileSection(title: "Apprentissages et enjeux de développement", entries: [
                CaseFileSection.Entry(heading: "Principaux apprentissages", from: [], lines: [
                    CaseFileLine(kind: .bullet, sentences: [FicheSentence(template: FicheTemplate(parts: [.answer("apprentissages")]), when: nil)]),
                ]),
                CaseFileSection.Entry(heading: "Enjeux de développement futur", from: [], lines: [
                    CaseFileLine(kind: .bullet, sentences: [FicheSentence(template: FicheTemplate(parts: [.answer("enjeux_futurs")]), when: nil)]),
                    CaseFileLine(kind: .bullet, sentences: [
            FicheSentence(template: FicheTemplate(parts: [.text("Besoins de soutien : "), .answer("besoins_soutien_lesquels"), .text(".")]), when: nil),
        ]),
                ]),
            ]),
            CaseFileSection(title: "Pour plus d'information", entries: [
                CaseFileSection.Entry(heading: nil, from: [], lines: [
                    CaseFileLine(kind: .paragraph, sentences: [
            FicheSentence(template: FicheTemplate(parts: [.answer("contact_nom"), .text(", "), .answer("contact_fonction")]), when: nil),
        ]),
                    CaseFileLine(kind: .paragraph, sentences: [
            FicheSentence(template: FicheTemplate(parts: [.answer("nom_repondant"), .text(", "), .answer("fonction_repondant")]), when: .not(.answered("contact_nom"))),
        ]),
                    CaseFileLine(kind: .paragraph, sentences: [
            FicheSentence(template: FicheTemplate(parts: [.text("Entrevue avec **"), .answer("nom_repondant"), .text("**,\n"), .answer("fonction_repondant")]), when: .answered("contact_nom")),
        ]),
                    CaseFileLine(kind: .paragraph, sentences: [
            FicheSentence(template: FicheTemplate(parts: [.text("Courriel : "), .answer("courriel")]), when: nil),
        ]),
                    CaseFileLine(kind: .paragraph, sentences: [FicheSentence(template: FicheTemplate(parts: [.text("Tél. : "), .answer("telephone")]), when: nil)]),
                    CaseFileLine(kind: .paragraph, sentences: [
            FicheSentence(template: FicheTemplate(parts: [.text("[Site Web]("), .answer("site_web"), .text(")")]), when: nil),
        ]),
                ]),
            ]),
        ]
        )
        grid.summaryFrom = "presentation"
        grid.kicker = FicheTemplate(parts: [.answer("surtitre")])
        grid.consent = GridConsent(interview: "consentement_entretien", publication: "consentement_fiche")
        grid.book = GridBook(title: "Entreprendre collectivement en alimentation au Québec", subtitle: "Cahier de cas", introduction: "Aux quatre coins du Québec, coopératives et OBNL contribuent activement à transformer les systèmes alimentaires.\n\nQu'elles produisent ou transforment des aliments, qu'elles les distribuent au détail ou en circuits courts, ou qu'elles les rendent accessibles à des populations marginalisées, ces initiatives explorent différentes stratégies et modèles d'affaires pour pérenniser leurs actions. Qui sont-elles? Que font-elles? Comment s'y prennent-elles et pourquoi ont-elles fait ces choix? Nous avons mené des entretiens qualitatifs avec leurs responsables dans le cadre du projet **Territoires nourriciers : économie sociale et alimentation**. Ce cahier de cas vous les présente de manière synthétique.\n", caseSingular: "entreprise", casePlural: "entreprises")
        return grid
    }
}

#endif
