// Generated from grids/territoires-nourriciers.yaml by scripts/generate-default-grid.sh: do not edit.
// DefaultGridCompiledTests fails when this no longer matches the file; run the script then.
// Left out when Grid is built for the generator (see DefaultGrid+NotCompiled.swift).
#if !GENERATING_DEFAULT_GRID

extension DefaultGrid {
    /// The length in bytes of the grid file this was generated from.
    static let compiledByteCount = 47646
    /// Its FNV-1a hash: the compiled grid stands in for the file only when both match.
    static let compiledFNV1a: UInt64 = 0xC68568C0A9725000
    /// Its SHA-256.
    static let compiledSHA256 = "734aa441dd2813ea3883319550af266d9a4dd788240fbb62b9a208fad30d5728"

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
        question.position = SourcePosition(line: 70, column: 9)
        questions.append(question)
        question = Question(id: "nom_repondant", text: "Quel est le nom de la personne interviewée?", type: .text)
        question.label = "Personne interviewée"
        question.personal = true
        question.position = SourcePosition(line: 78, column: 9)
        questions.append(question)
        question = Question(id: "fonction_repondant", text: "Quelle est sa fonction dans l'organisme/entreprise?", type: .text)
        question.help = "Par exemple : « présidente du conseil d'administration », « directeur général »."
        question.label = "Fonction de la personne interviewée"
        question.position = SourcePosition(line: 86, column: 9)
        questions.append(question)
        question = Question(id: "consentement_entretien", text: "Acceptez-vous de participer à cet entretien et que vos réponses soient consignées à des fins de recherche?", type: .yesno)
        question.required = true
        question.help = "Sans ce consentement, l'entretien s'arrête ici."
        question.label = "Consentement à l'entretien"
        question.inFiche = false
        question.position = SourcePosition(line: 96, column: 9)
        questions.append(question)
        question = Question(id: "consentement_fiche", text: "Acceptez-vous qu'une fiche de cas présentant votre organisme/entreprise soit publiée?", type: .yesno)
        question.when = .compare(question: "consentement_entretien", .equal, .bool(true))
        question.help = "La fiche présente le profil de l'organisation, les défis, les facteurs de succès et les apprentissages nommés pendant l'entretien."
        question.label = "Consentement à la publication de la fiche"
        question.inFiche = false
        question.position = SourcePosition(line: 108, column: 9)
        questions.append(question)
        section = Section(id: "identification", title: "Identification", label: "Identification", questions: questions)
        section.position = SourcePosition(line: 66, column: 5)
        sections.append(section)
        questions = []
        question = Question(id: "besoin_origine", text: "Quel était le principal besoin de votre communauté à l'origine de la création de votre organisme/entreprise?", type: .text)
        question.required = true
        question.probes = ["Quel besoin n'était pas comblé dans le milieu?", "Qui a porté le projet au départ?"]
        question.label = "Besoin à l'origine"
        question.position = SourcePosition(line: 128, column: 9)
        questions.append(question)
        question = Question(id: "defis_demarrage", text: "Quels sont les principaux défis ou obstacles que vous avez rencontrés au démarrage?", type: .list)
        question.probes = [
            "Financement du démarrage, des infrastructures ou des équipements?",
            "Reconnaissance du projet par les instances locales, mobilisation de la population?",
        ]
        question.label = "Défis au démarrage"
        question.position = SourcePosition(line: 141, column: 9)
        questions.append(question)
        question = Question(id: "defis_demarrage_surmontes", text: "Comment les avez-vous surmontés?", type: .text)
        question.when = .answered("defis_demarrage")
        question.label = "Comment les défis du démarrage ont été surmontés"
        question.position = SourcePosition(line: 153, column: 9)
        questions.append(question)
        question = Question(id: "facteurs_demarrage", text: "Quels sont les principaux facteurs de succès ou les conditions qui ont facilité le démarrage de votre organisme/entreprise?", type: .list)
        question.probes = [
            "Mobilisation des citoyen·ne·s, implication bénévole?",
            "Soutien financier ou technique de la municipalité, de la MRC, du MAPAQ, de partenaires privés?",
            "Accès à un local, à une terre ou à un bâtiment?",
        ]
        question.label = "Facteurs de succès au démarrage"
        question.position = SourcePosition(line: 163, column: 9)
        questions.append(question)
        question = Question(id: "partenaires_demarrage", text: "Quels sont les principaux partenaires qui ont soutenu ce démarrage, je fais ici référence à l'ensemble des partenaires, pas uniquement aux partenaires financiers?", type: .list)
        question.probes = [
            "Pas uniquement les partenaires financiers.",
            "Partenaires publics, communautaires et privés; soutien technique ou prêt de ressources?",
        ]
        question.label = "Partenaires du démarrage"
        question.position = SourcePosition(line: 177, column: 9)
        questions.append(question)
        section = Section(id: "demarrage", title: "Démarrage de l'organisme/entreprise : principaux défis et facteurs de succès", label: "Démarrage", questions: questions)
        section.when = .compare(question: "consentement_entretien", .equal, .bool(true))
        section.position = SourcePosition(line: 121, column: 5)
        sections.append(section)
        questions = []
        question = Question(id: "evolution_offre", text: "Depuis sa création, comment a évolué l'offre de produits et services de votre organisme/entreprise?", type: .text)
        question.probes = ["Nouveaux produits ou services, nouveaux canaux de vente, nouvelles clientèles?"]
        question.label = "Évolution de l'offre"
        question.position = SourcePosition(line: 197, column: 9)
        questions.append(question)
        question = Question(id: "defis_developpement", text: "Quels sont les principaux défis que vous avez rencontrés pour permettre le développement de votre organisme/entreprise?", type: .list)
        question.probes = ["Financement, main-d'œuvre, approvisionnement, logistique, concurrence?"]
        question.label = "Défis du développement"
        question.position = SourcePosition(line: 207, column: 9)
        questions.append(question)
        question = Question(id: "defis_developpement_surmontes", text: "Comment les avez-vous surmontés?", type: .text)
        question.when = .answered("defis_developpement")
        question.label = "Comment les défis du développement ont été surmontés"
        question.position = SourcePosition(line: 217, column: 9)
        questions.append(question)
        question = Question(id: "facteurs_developpement", text: "Quels sont les principaux facteurs de succès qui ont permis ce développement et cette viabilité?", type: .list)
        question.probes = ["Gouvernance, leadership, équipe, mise en marché, partenariats?"]
        question.label = "Facteurs de succès du développement"
        question.position = SourcePosition(line: 227, column: 9)
        questions.append(question)
        question = Question(id: "trois_facteurs", text: "Parmi ces facteurs, quels sont les 3 facteurs les plus importants?", type: .rank)
        question.from = "facteurs_developpement"
        question.count = 3
        question.help = "Du plus important au moins important."
        question.label = "Trois facteurs les plus importants"
        question.position = SourcePosition(line: 237, column: 9)
        questions.append(question)
        question = Question(id: "apport_economie_sociale", text: "En quoi le fait d'être une entreprise d'économie sociale contribue-t-il au succès de votre organisme/entreprise?", type: .text)
        question.probes = [
            "Appuis des municipalités ou de la MRC, accès à des subventions ou à des terres?",
            "Mobilisation des membres et de la communauté?",
        ]
        question.label = "Apport de l'économie sociale"
        question.position = SourcePosition(line: 249, column: 9)
        questions.append(question)
        question = Question(id: "sources_revenus", text: "Quelles sont vos principales sources de revenus?", type: .list)
        question.probes = ["Ventes, subventions, dons et philanthropie, cotisations?"]
        question.label = "Sources de revenus"
        question.inFiche = false
        question.position = SourcePosition(line: 261, column: 9)
        questions.append(question)
        question = Question(id: "part_revenus_commerciaux", text: "Quelle proportion de vos revenus provient de vos activités commerciales?", type: .percent)
        question.min = 0.0
        question.max = 100.0
        question.label = "Part des revenus commerciaux"
        question.inFiche = false
        question.position = SourcePosition(line: 272, column: 9)
        questions.append(question)
        question = Question(id: "financement_solidaire", text: "Avez-vous fait appel aux sources de financement solidaire?", type: .yesno)
        question.help = "Par exemple : Caisse d'économie solidaire Desjardins, Investissement Québec, Fiducie du Chantier de l'économie sociale."
        question.label = "Recours au financement solidaire"
        question.inFiche = false
        question.position = SourcePosition(line: 282, column: 9)
        questions.append(question)
        question = Question(id: "financement_solidaire_sources", text: "Si oui, lesquelles?", type: .list)
        question.when = .compare(question: "financement_solidaire", .equal, .bool(true))
        question.label = "Sources de financement solidaire"
        question.inFiche = false
        question.position = SourcePosition(line: 293, column: 9)
        questions.append(question)
        question = Question(id: "financement_solidaire_obtenu", text: "Avez-vous pu obtenir du financement?", type: .yesno)
        question.when = .compare(question: "financement_solidaire", .equal, .bool(true))
        question.label = "Financement solidaire obtenu"
        question.inFiche = false
        question.position = SourcePosition(line: 302, column: 9)
        questions.append(question)
        question = Question(id: "partage_etats_financiers", text: "Acceptez-vous de partager les états financiers des 3 dernières années pour nous permettre de calculer certains ratios clés concernant la viabilité?", type: .yesno)
        question.help = "Le cas échéant, un formulaire de confidentialité sera signé."
        question.label = "Partage des états financiers"
        question.inFiche = false
        question.position = SourcePosition(line: 311, column: 9)
        questions.append(question)
        question = Question(id: "apprentissages", text: "Quels apprentissages ou leçons tirez-vous de votre expérience qui pourraient être utiles pour d'autres qui travaillent à la pérennisation de leur entreprise dans le domaine agroalimentaire?", type: .list)
        question.label = "Apprentissages"
        question.position = SourcePosition(line: 322, column: 9)
        questions.append(question)
        question = Question(id: "enjeux_futurs", text: "Quels sont les principaux enjeux que vous entrevoyez pour le futur?", type: .list)
        question.label = "Enjeux de développement futur"
        question.position = SourcePosition(line: 329, column: 9)
        questions.append(question)
        question = Question(id: "besoins_soutien", text: "Avez-vous des besoins de soutien et d'accompagnement pour relever ces défis ou enjeux?", type: .yesno)
        question.label = "Besoins de soutien"
        question.inFiche = false
        question.position = SourcePosition(line: 336, column: 9)
        questions.append(question)
        question = Question(id: "besoins_soutien_lesquels", text: "Lesquels?", type: .list)
        question.when = .compare(question: "besoins_soutien", .equal, .bool(true))
        question.probes = [
            "Gouvernance, recherche et développement, recherche de financement?",
            "Gestion et comptabilité, structuration de futurs projets?",
            "Liens avec d'autres entreprises d'économie sociale pour partager expériences et apprentissages?",
        ]
        question.label = "Besoins de soutien et d'accompagnement"
        question.position = SourcePosition(line: 344, column: 9)
        questions.append(question)
        section = Section(id: "developpement", title: "Développement et viabilité : principaux défis et facteurs de succès", label: "Développement et viabilité", questions: questions)
        section.when = .compare(question: "consentement_entretien", .equal, .bool(true))
        section.position = SourcePosition(line: 190, column: 5)
        sections.append(section)
        questions = []
        question = Question(id: "presentation", text: "Présentation de l'organisation en quelques phrases : ce qu'elle fait, où, pour qui et depuis quand.", type: .text)
        question.help = "Paragraphe d'ouverture de la fiche. Cette section (« En bref ») peut être complétée après l'entretien à partir des documents de l'organisation."
        question.label = "Présentation"
        question.position = SourcePosition(line: 368, column: 9)
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
        question.position = SourcePosition(line: 378, column: 9)
        questions.append(question)
        question = Question(id: "surtitre", text: "Quel surtitre la fiche porte-t-elle au-dessus du nom de l'organisation?", type: .text)
        question.help = "D'ordinaire le statut, tel que la fiche l'imprime : « Coopérative de solidarité », « OBNL ». Passez la question si la fiche n'a pas de surtitre."
        question.label = "Surtitre de la fiche"
        question.position = SourcePosition(line: 392, column: 9)
        questions.append(question)
        question = Question(id: "municipalite", text: "Dans quelle municipalité l'organisme/entreprise est-il situé?", type: .text)
        question.label = "Municipalité"
        question.inFiche = false
        question.position = SourcePosition(line: 402, column: 9)
        questions.append(question)
        question = Question(id: "mrc", text: "Dans quelle MRC?", type: .text)
        question.help = "Ou le territoire équivalent (ville ou agglomération qui exerce les compétences d'une MRC)."
        question.label = "MRC"
        question.inFiche = false
        question.position = SourcePosition(line: 410, column: 9)
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
        question.position = SourcePosition(line: 421, column: 9)
        questions.append(question)
        question = Question(id: "milieu", text: "Dans quel type de milieu l'organisme/entreprise est-il situé?", type: .choice)
        question.choices = [
            Choice(id: "urbain", label: "Urbain", group: nil),
            Choice(id: "periurbain", label: "Périurbain ou semi-rural", group: nil),
            Choice(id: "rural", label: "Rural", group: nil),
        ]
        question.label = "Milieu"
        question.inFiche = false
        question.position = SourcePosition(line: 450, column: 9)
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
        question.position = SourcePosition(line: 462, column: 9)
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
        question.position = SourcePosition(line: 476, column: 9)
        questions.append(question)
        question = Question(id: "date_creation", text: "Quand et où l'organisme/entreprise a-t-il été créé?", type: .text)
        question.help = "Par exemple : « Coopérative créée dans les années 1970 dans la municipalité de Saint-Fabien. »"
        question.label = "Date et lieu de création"
        question.position = SourcePosition(line: 495, column: 9)
        questions.append(question)
        question = Question(id: "annee_creation", text: "En quelle année l'organisme/entreprise a-t-il été créé?", type: .year)
        question.min = 1800.0
        question.max = 2100.0
        question.help = "Pour les statistiques; si seule la décennie est connue, indiquer sa première année (1970 pour « les années 1970 »)."
        question.label = "Année de création"
        question.inFiche = false
        question.position = SourcePosition(line: 505, column: 9)
        questions.append(question)
        question = Question(id: "nb_employes", text: "Combien d'employé·e·s l'organisme/entreprise compte-t-il?", type: .integer)
        question.min = 0.0
        question.unit = "employé-e-s"
        question.unitSingular = "employé-e"
        question.help = "À temps plein et à temps partiel."
        question.label = "Employé·e·s"
        question.position = SourcePosition(line: 518, column: 9)
        questions.append(question)
        question = Question(id: "nb_membres", text: "Combien de membres compte-t-il?", type: .integer)
        question.min = 0.0
        question.unit = "membres"
        question.unitSingular = "membre"
        question.label = "Membres"
        question.position = SourcePosition(line: 530, column: 9)
        questions.append(question)
        question = Question(id: "nb_benevoles", text: "Combien de bénévoles?", type: .integer)
        question.min = 0.0
        question.unit = "bénévoles"
        question.unitSingular = "bénévole"
        question.label = "Bénévoles"
        question.position = SourcePosition(line: 539, column: 9)
        questions.append(question)
        question = Question(id: "chiffre_affaires", text: "Quel est son chiffre d'affaires annuel?", type: .money)
        question.min = 0.0
        question.unit = "$"
        question.label = "Chiffre d'affaires"
        question.position = SourcePosition(line: 548, column: 9)
        questions.append(question)
        question = Question(id: "date_donnees", text: "À quelle date se rapportent ces chiffres (employé·e·s, membres, bénévoles, chiffre d'affaires)?", type: .text)
        question.help = "Par exemple : « juillet 2021 » ou « 2020 »."
        question.label = "Date des données"
        question.position = SourcePosition(line: 557, column: 9)
        questions.append(question)
        question = Question(id: "mission", text: "Quelle est la mission de l'organisme/entreprise?", type: .text)
        question.help = "Citer l'énoncé officiel entre « » lorsqu'il existe."
        question.label = "Mission"
        question.position = SourcePosition(line: 567, column: 9)
        questions.append(question)
        question = Question(id: "vision", text: "Quelle est sa vision?", type: .text)
        question.label = "Vision"
        question.position = SourcePosition(line: 577, column: 9)
        questions.append(question)
        question = Question(id: "valeurs", text: "Quelles sont ses valeurs?", type: .text)
        question.label = "Valeurs"
        question.position = SourcePosition(line: 584, column: 9)
        questions.append(question)
        question = Question(id: "publics_cibles", text: "Quels sont sa clientèle et ses publics cibles?", type: .list)
        question.label = "Clientèle et publics cibles"
        question.position = SourcePosition(line: 591, column: 9)
        questions.append(question)
        question = Question(id: "taille_ca", text: "Combien de membres siègent au conseil d'administration?", type: .integer)
        question.min = 0.0
        question.unit = "membres"
        question.unitSingular = "membre"
        question.label = "Conseil d'administration"
        question.position = SourcePosition(line: 598, column: 9)
        questions.append(question)
        question = Question(id: "aga", text: "L'organisme/entreprise tient-il une assemblée générale annuelle (AGA)?", type: .yesno)
        question.label = "AGA"
        question.position = SourcePosition(line: 607, column: 9)
        questions.append(question)
        question = Question(id: "cotisation_membres", text: "Quelle est la cotisation ou la part sociale demandée aux membres?", type: .text)
        question.help = "Par exemple : « 20 $ à vie pour deux parts sociales »."
        question.label = "Cotisation des membres"
        question.position = SourcePosition(line: 614, column: 9)
        questions.append(question)
        question = Question(id: "proposition_valeur", text: "Quelle est sa proposition de valeur? Comment se positionne-t-il?", type: .list)
        question.label = "Proposition de valeur / positionnement"
        question.position = SourcePosition(line: 624, column: 9)
        questions.append(question)
        question = Question(id: "activites_cles", text: "Quelles sont ses activités clés?", type: .list)
        question.label = "Activités clés"
        question.position = SourcePosition(line: 631, column: 9)
        questions.append(question)
        question = Question(id: "mise_en_marche", text: "Quelle est sa stratégie de mise en marché?", type: .list)
        question.label = "Stratégie de mise en marché"
        question.position = SourcePosition(line: 638, column: 9)
        questions.append(question)
        question = Question(id: "ressources_cles", text: "Quelles sont ses ressources clés et ses stratégies de mutualisation?", type: .list)
        question.label = "Ressources clés et stratégies de mutualisation"
        question.position = SourcePosition(line: 645, column: 9)
        questions.append(question)
        question = Question(id: "reseau_distribution", text: "Quel est son réseau de distribution?", type: .list)
        question.label = "Réseau de distribution"
        question.position = SourcePosition(line: 654, column: 9)
        questions.append(question)
        question = Question(id: "partenaires_financiers", text: "Quels sont ses principaux partenaires financiers?", type: .list)
        question.label = "Partenaires financiers"
        question.position = SourcePosition(line: 661, column: 9)
        questions.append(question)
        question = Question(id: "autres_partenaires", text: "Quels sont ses autres principaux partenaires?", type: .list)
        question.label = "Autres partenaires"
        question.position = SourcePosition(line: 668, column: 9)
        questions.append(question)
        question = Question(id: "contact_nom", text: "Quelle personne joindre pour plus d'information?", type: .text)
        question.label = "Personne-ressource"
        question.personal = true
        question.position = SourcePosition(line: 675, column: 9)
        questions.append(question)
        question = Question(id: "contact_fonction", text: "Quelle est sa fonction?", type: .text)
        question.label = "Fonction de la personne-ressource"
        question.position = SourcePosition(line: 683, column: 9)
        questions.append(question)
        question = Question(id: "courriel", text: "Quelle adresse courriel indiquer pour plus d'information?", type: .email)
        question.label = "Courriel"
        question.personal = true
        question.position = SourcePosition(line: 690, column: 9)
        questions.append(question)
        question = Question(id: "telephone", text: "Quel numéro de téléphone indiquer?", type: .phone)
        question.label = "Téléphone"
        question.personal = true
        question.position = SourcePosition(line: 698, column: 9)
        questions.append(question)
        question = Question(id: "site_web", text: "Quelle est l'adresse du site Web?", type: .url)
        question.label = "Site Web"
        question.position = SourcePosition(line: 706, column: 9)
        questions.append(question)
        section = Section(id: "profil", title: "Profil de l'organisation", label: "Profil", questions: questions)
        section.when = .compare(question: "consentement_entretien", .equal, .bool(true))
        section.position = SourcePosition(line: 363, column: 5)
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
        grid.languages = [.fr, .en]
        var translation: GridTranslation
        translation = GridTranslation()
        translation.texts[" ;"] = ";"
        translation.texts["$"] = "$"
        translation.texts["."] = "."
        translation.texts["AGA"] = "AGM"
        translation.texts["Abitibi-Témiscamingue"] = "Abitibi-Témiscamingue"
        translation.texts["Acceptez-vous de partager les états financiers des 3 dernières années pour nous permettre de calculer certains ratios clés concernant la viabilité?"] = "Would you agree to share your financial statements for the last 3 years so that we can calculate a few key viability ratios?"
        translation.texts["Acceptez-vous de participer à cet entretien et que vos réponses soient consignées à des fins de recherche?"] = "Do you agree to take part in this interview and to have your answers recorded for research purposes?"
        translation.texts["Acceptez-vous qu'une fiche de cas présentant votre organisme/entreprise soit publiée?"] = "Do you agree to the publication of a case sheet presenting your organization?"
        translation.texts["Accès au financement"] = "Access to financing"
        translation.texts["Accès à des ressources grâce à l'ancrage dans la communauté"] = "Access to resources through community roots"
        translation.texts["Accès à un local, à une terre ou à un bâtiment?"] = "Access to premises, land or a building?"
        translation.texts["Activités clés"] = "Key activities"
        translation.texts["Activités cohérentes avec la mission"] = "Activities consistent with the mission"
        translation.texts["Année de création"] = "Year founded"
        translation.texts["Apport de l'économie sociale"] = "Contribution of the social economy"
        translation.texts["Apprentissages"] = "Lessons learned"
        translation.texts["Apprentissages et enjeux de développement"] = "Lessons learned and development issues"
        translation.texts["Approvisionnements"] = "Sourcing"
        translation.texts["Appuis des municipalités ou de la MRC, accès à des subventions ou à des terres?"] = "Support from municipalities or the MRC, access to grants or land?"
        translation.texts["Attention aux besoins des clientèles cibles"] = "Attention to target customers' needs"
        translation.texts["Autres partenaires"] = "Other partners"
        translation.texts["Aux quatre coins du Québec, coopératives et OBNL contribuent activement à transformer les systèmes alimentaires.\n\nQu'elles produisent ou transforment des aliments, qu'elles les distribuent au détail ou en circuits courts, ou qu'elles les rendent accessibles à des populations marginalisées, ces initiatives explorent différentes stratégies et modèles d'affaires pour pérenniser leurs actions. Qui sont-elles? Que font-elles? Comment s'y prennent-elles et pourquoi ont-elles fait ces choix? Nous avons mené des entretiens qualitatifs avec leurs responsables dans le cadre du projet **Territoires nourriciers : économie sociale et alimentation**. Ce cahier de cas vous les présente de manière synthétique.\n"] = "Across Quebec, co-operatives and non-profits are actively helping to transform food systems.\n\nWhether they produce or process food, sell it at retail or through short supply chains, or make it accessible to marginalized populations, these initiatives are exploring different strategies and business models to make their work last. Who are they? What do they do? How do they go about it, and why did they make these choices? We held qualitative interviews with their leaders as part of the **Nourishing Territories: Social Economy and Food** project (*Territoires nourriciers*). This case book presents them in brief.\n"
        translation.texts["Avez-vous des besoins de soutien et d'accompagnement pour relever ces défis ou enjeux?"] = "Do you need support or guidance to meet these challenges or issues?"
        translation.texts["Avez-vous fait appel aux sources de financement solidaire?"] = "Have you approached solidarity finance sources?"
        translation.texts["Avez-vous pu obtenir du financement?"] = "Were you able to obtain financing?"
        translation.texts["Bas-Saint-Laurent"] = "Bas-Saint-Laurent"
        translation.texts["Besoin de soutien : gestion et comptabilité"] = "Support need: management and accounting"
        translation.texts["Besoin de soutien : gouvernance"] = "Support need: governance"
        translation.texts["Besoin de soutien : recherche de financement"] = "Support need: seeking financing"
        translation.texts["Besoin de soutien : recherche et développement"] = "Support need: research and development"
        translation.texts["Besoin de soutien : relations avec d'autres entreprises d'économie sociale"] = "Support need: relations with other social economy enterprises"
        translation.texts["Besoin de soutien : structure des futurs projets"] = "Support need: structuring future projects"
        translation.texts["Besoin à l'origine"] = "Original need"
        translation.texts["Besoins de soutien"] = "Support needs"
        translation.texts["Besoins de soutien et d'accompagnement"] = "Support and guidance needs"
        translation.texts["Bénévoles"] = "Volunteers"
        translation.texts["Cahier de cas"] = "Case book"
        translation.texts["Capitale-Nationale"] = "Capitale-Nationale"
        translation.texts["Centre-du-Québec"] = "Centre-du-Québec"
        translation.texts["Cerner les principaux éléments du modèle d'affaires qui contribuent au développement et à la viabilité de l'entreprise/organisme."] = "Pin down the main elements of the business model that contribute to the organization's development and viability."
        translation.texts["Chaudière-Appalaches"] = "Chaudière-Appalaches"
        translation.texts["Chaîne d'approvisionnement et producteur·rice·s locaux·ales"] = "Supply chain and local producers"
        translation.texts["Chiffre d'affaires"] = "Annual revenue"
        translation.texts["Citer l'énoncé officiel entre « » lorsqu'il existe."] = "Quote the official statement in quotation marks when there is one."
        translation.texts["Clientèle et publics cibles"] = "Customers and target groups"
        translation.texts["Collectiviser davantage"] = "Collectivizing further"
        translation.texts["Combien d'employé·e·s l'organisme/entreprise compte-t-il?"] = "How many employees does the organization have?"
        translation.texts["Combien de bénévoles?"] = "How many volunteers?"
        translation.texts["Combien de membres compte-t-il?"] = "How many members does it have?"
        translation.texts["Combien de membres siègent au conseil d'administration?"] = "How many members sit on the board of directors?"
        translation.texts["Comment les avez-vous surmontés?"] = "How did you overcome them?"
        translation.texts["Comment les défis du démarrage ont été surmontés"] = "How the start-up challenges were overcome"
        translation.texts["Comment les défis du développement ont été surmontés"] = "How the development challenges were overcome"
        translation.texts["Conseil d'administration"] = "Board of directors"
        translation.texts["Conseil d'administration fort"] = "Strong board of directors"
        translation.texts["Consentement à l'entretien"] = "Consent to the interview"
        translation.texts["Consentement à la publication de la fiche"] = "Consent to publishing the case sheet"
        translation.texts["Coopérative de consommateur-ric-e-s"] = "Consumer co-operative"
        translation.texts["Coopérative de producteur·rice·s"] = "Producer co-operative"
        translation.texts["Coopérative de solidarité"] = "Solidarity co-operative"
        translation.texts["Coopérative de travail"] = "Worker co-operative"
        translation.texts["Coopérative de travailleur·euse·s actionnaire"] = "Worker-shareholder co-operative"
        translation.texts["Coopératives"] = "Co-operatives"
        translation.texts["Cotisation des membres"] = "Membership fee"
        translation.texts["Courriel"] = "Email"
        translation.texts["Créneau"] = "Niche"
        translation.texts["Côte-Nord"] = "Côte-Nord"
        translation.texts["D'ordinaire le statut, tel que la fiche l'imprime : « Coopérative de solidarité », « OBNL ». Passez la question si la fiche n'a pas de surtitre."] = "Usually the legal status, as the case sheet prints it: “Solidarity co-operative”, “Non-profit”. Skip the question if the case sheet prints nothing above the name."
        translation.texts["Dans quel type de milieu l'organisme/entreprise est-il situé?"] = "In what kind of setting is the organization located?"
        translation.texts["Dans quelle MRC?"] = "In which regional county municipality (MRC)?"
        translation.texts["Dans quelle municipalité l'organisme/entreprise est-il situé?"] = "In which municipality is the organization located?"
        translation.texts["Dans quelle région administrative?"] = "In which administrative region?"
        translation.texts["Date de création et besoin à l'origine"] = "Founding date and original need"
        translation.texts["Date des données"] = "Date of the figures"
        translation.texts["Date et lieu de création"] = "Date and place of founding"
        translation.texts["Depuis sa création, comment a évolué l'offre de produits et services de votre organisme/entreprise?"] = "Since it was founded, how has your organization's range of products and services changed?"
        translation.texts["Distribution au détail"] = "Retail distribution"
        translation.texts["Diversification des activités"] = "Diversifying activities"
        translation.texts["Diversification des canaux"] = "Diversifying channels"
        translation.texts["Du plus important au moins important."] = "From most to least important."
        translation.texts["Défis au démarrage"] = "Start-up challenges"
        translation.texts["Défis du développement"] = "Development challenges"
        translation.texts["Démarrage"] = "Start-up"
        translation.texts["Démarrage de l'organisme/entreprise : principaux défis et facteurs de succès"] = "Starting up the organization: main challenges and success factors"
        translation.texts["Dépendance au financement public"] = "Dependence on public funding"
        translation.texts["Développement et viabilité"] = "Development and viability"
        translation.texts["Développement et viabilité : principaux défis et facteurs de succès"] = "Development and viability: main challenges and success factors"
        translation.texts["Employé·e·s"] = "Employees"
        translation.texts["En bref"] = "At a glance"
        translation.texts["En quelle année l'organisme/entreprise a-t-il été créé?"] = "In what year was the organization founded?"
        translation.texts["En quoi le fait d'être une entreprise d'économie sociale contribue-t-il au succès de votre organisme/entreprise?"] = "How does being a social economy enterprise contribute to your organization's success?"
        translation.texts["Enjeux de développement futur"] = "Future development issues"
        translation.texts["Entreprendre collectivement en alimentation au Québec"] = "Collective Entrepreneurship in Food in Quebec"
        translation.texts["Entreprendre collectivement en alimentation — grille d'entretien"] = "Collective entrepreneurship in food — interview guide"
        translation.texts["Estrie"] = "Estrie"
        translation.texts["Expertise et engagement des travailleur·euse·s"] = "Worker expertise and commitment"
        translation.texts["Facteurs de succès au démarrage"] = "Start-up success factors"
        translation.texts["Facteurs de succès du développement"] = "Development success factors"
        translation.texts["Fidélisation de la clientèle"] = "Customer loyalty"
        translation.texts["Financement du démarrage, des infrastructures ou des équipements?"] = "Financing for the start-up, infrastructure or equipment?"
        translation.texts["Financement pour les communications et le marketing"] = "Funding for communications and marketing"
        translation.texts["Financement solidaire obtenu"] = "Solidarity financing obtained"
        translation.texts["Financement, main-d'œuvre, approvisionnement, logistique, concurrence?"] = "Financing, labour, sourcing, logistics, competition?"
        translation.texts["Fonction de la personne interviewée"] = "Interviewee's position"
        translation.texts["Fonction de la personne-ressource"] = "Contact person's position"
        translation.texts["Gaspésie–Îles-de-la-Madeleine"] = "Gaspésie–Îles-de-la-Madeleine"
        translation.texts["Gestion d'inventaire"] = "Inventory management"
        translation.texts["Gestion et comptabilité, structuration de futurs projets?"] = "Management and accounting, structuring future projects?"
        translation.texts["Gouvernance, leadership, équipe, mise en marché, partenariats?"] = "Governance, leadership, team, marketing, partnerships?"
        translation.texts["Gouvernance, recherche et développement, recherche de financement?"] = "Governance, research and development, seeking financing?"
        translation.texts["Identification"] = "Identification"
        translation.texts["Identifier les principaux défis et les facteurs de succès au démarrage."] = "Identify the main challenges and success factors at start-up."
        translation.texts["Implication des membres"] = "Member involvement"
        translation.texts["Instances municipales et régionales"] = "Municipal and regional bodies"
        translation.texts["L'accompagnement"] = "Support and guidance"
        translation.texts["L'ancrage dans la communauté"] = "Community roots"
        translation.texts["L'organisme/entreprise tient-il une assemblée générale annuelle (AGA)?"] = "Does the organization hold an annual general meeting (AGM)?"
        translation.texts["La fiche présente le profil de l'organisation, les défis, les facteurs de succès et les apprentissages nommés pendant l'entretien."] = "The case sheet presents the organization's profile and the challenges, success factors and lessons learned named during the interview."
        translation.texts["La gestion des opérations"] = "Operations management"
        translation.texts["La gestion financière"] = "Financial management"
        translation.texts["La gouvernance démocratique"] = "Democratic governance"
        translation.texts["La proposition de valeur et la stratégie de mise en marché"] = "Value proposition and marketing strategy"
        translation.texts["Lanaudière"] = "Lanaudière"
        translation.texts["Laurentides"] = "Laurentides"
        translation.texts["Laval"] = "Laval"
        translation.texts["Le cas échéant, un formulaire de confidentialité sera signé."] = "If so, a confidentiality agreement will be signed."
        translation.texts["Le leadership et la gestion stratégique"] = "Leadership and strategic management"
        translation.texts["Les régions sont dans l'ordre de leur code officiel (01 à 17)."] = "The regions are in the order of their official code (01 to 17)."
        translation.texts["Lesquels?"] = "Which ones?"
        translation.texts["Liens avec d'autres entreprises d'économie sociale pour partager expériences et apprentissages?"] = "Links with other social economy enterprises to share experiences and lessons learned?"
        translation.texts["Logistique du transport"] = "Transport logistics"
        translation.texts["Lutte à la pauvreté et à l'exclusion sociale"] = "Fighting poverty and social exclusion"
        translation.texts["MRC"] = "Regional county municipality (MRC)"
        translation.texts["Mauricie"] = "Mauricie"
        translation.texts["Membres"] = "Members"
        translation.texts["Milieu"] = "Setting"
        translation.texts["Mise en valeur de l'impact social"] = "Showcasing social impact"
        translation.texts["Mission"] = "Mission"
        translation.texts["Mission claire et cohérente"] = "Clear and coherent mission"
        translation.texts["Mission, vision, valeurs"] = "Mission, vision, values"
        translation.texts["Mobilisation des citoyen·ne·s"] = "Citizen mobilization"
        translation.texts["Mobilisation des citoyen·ne·s, implication bénévole?"] = "Citizen mobilization, volunteer involvement?"
        translation.texts["Mobilisation des membres et de la communauté?"] = "Mobilization of members and the community?"
        translation.texts["Montréal"] = "Montréal"
        translation.texts["Montérégie"] = "Montérégie"
        translation.texts["Municipalité"] = "Municipality"
        translation.texts["Mutualisation"] = "Pooling"
        translation.texts["Nord-du-Québec"] = "Nord-du-Québec"
        translation.texts["Nouveaux produits ou services, nouveaux canaux de vente, nouvelles clientèles?"] = "New products or services, new sales channels, new customer groups?"
        translation.texts["Nouveaux équipements"] = "New equipment"
        translation.texts["OBNL"] = "Non-profit (NPO)"
        translation.texts["Organisation"] = "Organization"
        translation.texts["Ou le territoire équivalent (ville ou agglomération qui exerce les compétences d'une MRC)."] = "Or the equivalent territory (a city or urban agglomeration that exercises the powers of an MRC)."
        translation.texts["Outaouais"] = "Outaouais"
        translation.texts["Par exemple : Caisse d'économie solidaire Desjardins, Investissement Québec, Fiducie du Chantier de l'économie sociale."] = "For example: Caisse d'économie solidaire Desjardins, Investissement Québec, the Chantier de l'économie sociale Trust."
        translation.texts["Par exemple : « 20 $ à vie pour deux parts sociales »."] = "For example: “$20 for life for two member shares”."
        translation.texts["Par exemple : « Coopérative créée dans les années 1970 dans la municipalité de Saint-Fabien. »"] = "For example: “Co-operative founded in the 1970s in the municipality of Saint-Fabien.”"
        translation.texts["Par exemple : « juillet 2021 » ou « 2020 »."] = "For example: “July 2021” or “2020”."
        translation.texts["Par exemple : « présidente du conseil d'administration », « directeur général »."] = "For example: “chair of the board of directors”, “general manager”."
        translation.texts["Paragraphe d'ouverture de la fiche. Cette section (« En bref ») peut être complétée après l'entretien à partir des documents de l'organisation."] = "The opening paragraph of the case sheet. This section (“At a glance”) may be completed after the interview from the organization's documents."
        translation.texts["Parmi ces facteurs, quels sont les 3 facteurs les plus importants?"] = "Of these factors, which 3 are the most important?"
        translation.texts["Part des revenus commerciaux"] = "Share of commercial revenue"
        translation.texts["Partage des états financiers"] = "Sharing of financial statements"
        translation.texts["Partenaires du démarrage"] = "Start-up partners"
        translation.texts["Partenaires financiers"] = "Financial partners"
        translation.texts["Partenaires publics, communautaires et privés; soutien technique ou prêt de ressources?"] = "Public, community and private partners; technical support or loaned resources?"
        translation.texts["Pas uniquement les partenaires financiers."] = "Not only financial partners."
        translation.texts["Personne interviewée"] = "Interviewee"
        translation.texts["Personne-ressource"] = "Contact person"
        translation.texts["Plusieurs choix possibles."] = "More than one answer possible."
        translation.texts["Pour les statistiques; si seule la décennie est connue, indiquer sa première année (1970 pour « les années 1970 »)."] = "For statistics; if only the decade is known, give its first year (1970 for “the 1970s”)."
        translation.texts["Pour plus d'information"] = "For more information"
        translation.texts["Principaux apprentissages"] = "Main lessons learned"
        translation.texts["Principaux défis"] = "Main challenges"
        translation.texts["Principaux facteurs de succès"] = "Main success factors"
        translation.texts["Principaux partenaires"] = "Main partners"
        translation.texts["Production écologique agricole et agroforestière"] = "Ecological farming and agroforestry"
        translation.texts["Produits locaux et de qualité"] = "Local, quality products"
        translation.texts["Profil"] = "Profile"
        translation.texts["Profil de l'organisation"] = "Organization profile"
        translation.texts["Proposition de valeur / positionnement"] = "Value proposition / positioning"
        translation.texts["Présentation"] = "Overview"
        translation.texts["Présentation de l'organisation en quelques phrases : ce qu'elle fait, où, pour qui et depuis quand."] = "The organization in a few sentences: what it does, where, for whom and since when."
        translation.texts["Périurbain ou semi-rural"] = "Peri-urban or semi-rural"
        translation.texts["Quand et où l'organisme/entreprise a-t-il été créé?"] = "When and where was the organization founded?"
        translation.texts["Quartier"] = "Neighbourhood"
        translation.texts["Quel besoin n'était pas comblé dans le milieu?"] = "What need was going unmet in the community?"
        translation.texts["Quel est le nom de l'organisme/entreprise?"] = "What is the name of the organization?"
        translation.texts["Quel est le nom de la personne interviewée?"] = "What is the name of the person interviewed?"
        translation.texts["Quel est le statut juridique de l'organisme/entreprise?"] = "What is the organization's legal status?"
        translation.texts["Quel est son chiffre d'affaires annuel?"] = "What is its annual revenue?"
        translation.texts["Quel est son réseau de distribution?"] = "What is its distribution network?"
        translation.texts["Quel est son rôle dans le système alimentaire?"] = "What is its role in the food system?"
        translation.texts["Quel numéro de téléphone indiquer?"] = "What phone number should be given?"
        translation.texts["Quel surtitre la fiche porte-t-elle au-dessus du nom de l'organisation?"] = "What line does the case sheet print above the organization's name?"
        translation.texts["Quel était le principal besoin de votre communauté à l'origine de la création de votre organisme/entreprise?"] = "What was the main need in your community that led to the creation of your organization?"
        translation.texts["Quelle adresse courriel indiquer pour plus d'information?"] = "What email address should be given for more information?"
        translation.texts["Quelle est l'adresse du site Web?"] = "What is the website address?"
        translation.texts["Quelle est l'échelle territoriale de ses activités?"] = "At what territorial scale does it operate?"
        translation.texts["Quelle est la cotisation ou la part sociale demandée aux membres?"] = "What membership fee or member share do members pay?"
        translation.texts["Quelle est la mission de l'organisme/entreprise?"] = "What is the organization's mission?"
        translation.texts["Quelle est sa fonction dans l'organisme/entreprise?"] = "What is their position in the organization?"
        translation.texts["Quelle est sa fonction?"] = "What is that person's position?"
        translation.texts["Quelle est sa proposition de valeur? Comment se positionne-t-il?"] = "What is its value proposition? How does it position itself?"
        translation.texts["Quelle est sa stratégie de mise en marché?"] = "What is its marketing strategy?"
        translation.texts["Quelle est sa vision?"] = "What is its vision?"
        translation.texts["Quelle personne joindre pour plus d'information?"] = "Who should be contacted for more information?"
        translation.texts["Quelle proportion de vos revenus provient de vos activités commerciales?"] = "What share of your revenue comes from your commercial activities?"
        translation.texts["Quelles sont ses activités clés?"] = "What are its key activities?"
        translation.texts["Quelles sont ses ressources clés et ses stratégies de mutualisation?"] = "What are its key resources and pooling strategies?"
        translation.texts["Quelles sont ses valeurs?"] = "What are its values?"
        translation.texts["Quelles sont vos principales sources de revenus?"] = "What are your main sources of revenue?"
        translation.texts["Quels apprentissages ou leçons tirez-vous de votre expérience qui pourraient être utiles pour d'autres qui travaillent à la pérennisation de leur entreprise dans le domaine agroalimentaire?"] = "What lessons have you learned from your experience that could be useful to others working to make their agri-food enterprise last?"
        translation.texts["Quels sont les principaux défis ou obstacles que vous avez rencontrés au démarrage?"] = "What were the main challenges or obstacles you faced at start-up?"
        translation.texts["Quels sont les principaux défis que vous avez rencontrés pour permettre le développement de votre organisme/entreprise?"] = "What are the main challenges you have faced in developing your organization?"
        translation.texts["Quels sont les principaux enjeux que vous entrevoyez pour le futur?"] = "What are the main issues you foresee for the future?"
        translation.texts["Quels sont les principaux facteurs de succès ou les conditions qui ont facilité le démarrage de votre organisme/entreprise?"] = "What were the main success factors or conditions that made it easier to start up your organization?"
        translation.texts["Quels sont les principaux facteurs de succès qui ont permis ce développement et cette viabilité?"] = "What are the main success factors behind this development and viability?"
        translation.texts["Quels sont les principaux partenaires qui ont soutenu ce démarrage, je fais ici référence à l'ensemble des partenaires, pas uniquement aux partenaires financiers?"] = "Who were the main partners that supported this start-up? I mean all of your partners here, not only the financial ones."
        translation.texts["Quels sont sa clientèle et ses publics cibles?"] = "Who are its customers and target groups?"
        translation.texts["Quels sont ses autres principaux partenaires?"] = "Who are its other main partners?"
        translation.texts["Quels sont ses principaux partenaires financiers?"] = "Who are its main financial partners?"
        translation.texts["Qui a porté le projet au départ?"] = "Who drove the project at the start?"
        translation.texts["Québec"] = "All of Quebec"
        translation.texts["Recherche de financement"] = "Seeking financing"
        translation.texts["Recherche et nouvelles approches"] = "Research and new approaches"
        translation.texts["Reconnaissance du projet par les instances locales, mobilisation de la population?"] = "Recognition of the project by local authorities, mobilization of residents?"
        translation.texts["Recours au financement solidaire"] = "Use of solidarity finance"
        translation.texts["Recrutement et rétention de la main-d'œuvre"] = "Workforce recruitment and retention"
        translation.texts["Ressources clés et stratégies de mutualisation"] = "Key resources and pooling strategies"
        translation.texts["Rural"] = "Rural"
        translation.texts["Région"] = "Region"
        translation.texts["Région administrative"] = "Administrative region"
        translation.texts["Réseau de distribution"] = "Distribution network"
        translation.texts["Rôle dans le système alimentaire"] = "Role in the food system"
        translation.texts["Saguenay–Lac-Saint-Jean"] = "Saguenay–Lac-Saint-Jean"
        translation.texts["Sans ce consentement, l'entretien s'arrête ici."] = "Without this consent, the interview ends here."
        translation.texts["Sentiment d'appartenance"] = "Sense of belonging"
        translation.texts["Service"] = "Service"
        translation.texts["Si oui, lesquelles?"] = "If so, which ones?"
        translation.texts["Site Web"] = "Website"
        translation.texts["Sources de financement solidaire"] = "Solidarity finance sources"
        translation.texts["Sources de revenus"] = "Revenue sources"
        translation.texts["Soutien financier et technique"] = "Financial and technical support"
        translation.texts["Soutien financier ou technique de la municipalité, de la MRC, du MAPAQ, de partenaires privés?"] = "Financial or technical support from the municipality, the regional county municipality (MRC), Quebec's agriculture ministry (MAPAQ), private partners?"
        translation.texts["Soutien technique"] = "Technical support"
        translation.texts["Statut juridique"] = "Legal status"
        translation.texts["Statut juridique et gouvernance"] = "Legal status and governance"
        translation.texts["Stratégie de mise en marché"] = "Marketing strategy"
        translation.texts["Surtitre de la fiche"] = "Line above the name on the case sheet"
        translation.texts["Séparation entre la gouvernance du CA et les opérations"] = "Separation between board governance and operations"
        translation.texts["Transformation"] = "Processing"
        translation.texts["Trois facteurs les plus importants"] = "Three most important factors"
        translation.texts["Téléphone"] = "Phone"
        translation.texts["Urbain"] = "Urban"
        translation.texts["Valeurs"] = "Values"
        translation.texts["Vente en circuits courts"] = "Short supply chain sales"
        translation.texts["Ventes, subventions, dons et philanthropie, cotisations?"] = "Sales, grants, donations and philanthropy, membership fees?"
        translation.texts["Vision"] = "Vision"
        translation.texts["Vision à long terme et intégrée"] = "Long-term, integrated vision"
        translation.texts["bénévole"] = "volunteer"
        translation.texts["bénévoles"] = "volunteers"
        translation.texts["employé-e"] = "employee"
        translation.texts["employé-e-s"] = "employees"
        translation.texts["entreprise"] = "enterprise"
        translation.texts["entreprises"] = "enterprises"
        translation.texts["membre"] = "member"
        translation.texts["membres"] = "members"
        translation.texts["À quelle date se rapportent ces chiffres (employé·e·s, membres, bénévoles, chiffre d'affaires)?"] = "What date do these figures refer to (employees, members, volunteers, revenue)?"
        translation.texts["À temps plein et à temps partiel."] = "Full-time and part-time."
        translation.texts["Échelle territoriale"] = "Territorial scale"
        translation.texts["Écoles et centres de recherche"] = "Schools and research centres"
        translation.texts["Évolution de l'offre"] = "How the offering has changed"
        translation.templates[FicheTemplate(parts: [.answer("activites_cles")])] = FicheTemplate(parts: [.answer("activites_cles")])
        translation.templates[FicheTemplate(parts: [.answer("apprentissages")])] = FicheTemplate(parts: [.answer("apprentissages")])
        translation.templates[FicheTemplate(parts: [.answer("autres_partenaires")])] = FicheTemplate(parts: [.answer("autres_partenaires")])
        translation.templates[FicheTemplate(parts: [.answer("contact_nom"), .text(", "), .answer("contact_fonction")])] = FicheTemplate(parts: [.answer("contact_nom"), .text(", "), .answer("contact_fonction")])
        translation.templates[FicheTemplate(parts: [.answer("date_creation")])] = FicheTemplate(parts: [.answer("date_creation")])
        translation.templates[FicheTemplate(parts: [.answer("defis_demarrage")])] = FicheTemplate(parts: [.answer("defis_demarrage")])
        translation.templates[FicheTemplate(parts: [.answer("defis_developpement")])] = FicheTemplate(parts: [.answer("defis_developpement")])
        translation.templates[FicheTemplate(parts: [.answer("enjeux_futurs")])] = FicheTemplate(parts: [.answer("enjeux_futurs")])
        translation.templates[FicheTemplate(parts: [.answer("facteurs_demarrage")])] = FicheTemplate(parts: [.answer("facteurs_demarrage")])
        translation.templates[FicheTemplate(parts: [.answer("facteurs_developpement")])] = FicheTemplate(parts: [.answer("facteurs_developpement")])
        translation.templates[FicheTemplate(parts: [.answer("mise_en_marche")])] = FicheTemplate(parts: [.answer("mise_en_marche")])
        translation.templates[FicheTemplate(parts: [.answer("nb_benevoles")])] = FicheTemplate(parts: [.answer("nb_benevoles")])
        translation.templates[FicheTemplate(parts: [.answer("nb_employes")])] = FicheTemplate(parts: [.answer("nb_employes")])
        translation.templates[FicheTemplate(parts: [.answer("nb_membres"), .text(" ("), .answer("cotisation_membres"), .text(").")])] = FicheTemplate(parts: [.answer("nb_membres"), .text(" ("), .answer("cotisation_membres"), .text(").")])
        translation.templates[FicheTemplate(parts: [.answer("nb_membres"), .text(".")])] = FicheTemplate(parts: [.answer("nb_membres"), .text(".")])
        translation.templates[FicheTemplate(parts: [.answer("nom_repondant"), .text(", "), .answer("fonction_repondant")])] = FicheTemplate(parts: [.answer("nom_repondant"), .text(", "), .answer("fonction_repondant")])
        translation.templates[FicheTemplate(parts: [.answer("proposition_valeur")])] = FicheTemplate(parts: [.answer("proposition_valeur")])
        translation.templates[FicheTemplate(parts: [.answer("publics_cibles")])] = FicheTemplate(parts: [.answer("publics_cibles")])
        translation.templates[FicheTemplate(parts: [.answer("reseau_distribution")])] = FicheTemplate(parts: [.answer("reseau_distribution")])
        translation.templates[FicheTemplate(parts: [.answer("ressources_cles")])] = FicheTemplate(parts: [.answer("ressources_cles")])
        translation.templates[FicheTemplate(parts: [.answer("statut"), .text(".")])] = FicheTemplate(parts: [.answer("statut"), .text(".")])
        translation.templates[FicheTemplate(parts: [.answer("surtitre")])] = FicheTemplate(parts: [.answer("surtitre")])
        translation.templates[FicheTemplate(parts: [.text("**Autres:** "), .answer("autres_partenaires"), .text(".")])] = FicheTemplate(parts: [.text("**Other:** "), .answer("autres_partenaires"), .text(".")])
        translation.templates[FicheTemplate(parts: [.text("**Financiers:** "), .answer("partenaires_financiers"), .text(".")])] = FicheTemplate(parts: [.text("**Financial:** "), .answer("partenaires_financiers"), .text(".")])
        translation.templates[FicheTemplate(parts: [.text("AGA.")])] = FicheTemplate(parts: [.text("AGM.")])
        translation.templates[FicheTemplate(parts: [.text("Apport de l'économie sociale : "), .answer("apport_economie_sociale")])] = FicheTemplate(parts: [.text("Contribution of the social economy: "), .answer("apport_economie_sociale")])
        translation.templates[FicheTemplate(parts: [.text("Besoin à l'origine : "), .answer("besoin_origine")])] = FicheTemplate(parts: [.text("Original need: "), .answer("besoin_origine")])
        translation.templates[FicheTemplate(parts: [.text("Besoins de soutien : "), .answer("besoins_soutien_lesquels"), .text(".")])] = FicheTemplate(parts: [.text("Support needs: "), .answer("besoins_soutien_lesquels"), .text(".")])
        translation.templates[FicheTemplate(parts: [.text("Conseil d'administration ("), .answer("taille_ca"), .text(") et AGA.")])] = FicheTemplate(parts: [.text("Board of directors ("), .answer("taille_ca"), .text(") and AGM.")])
        translation.templates[FicheTemplate(parts: [.text("Conseil d'administration ("), .answer("taille_ca"), .text(").")])] = FicheTemplate(parts: [.text("Board of directors ("), .answer("taille_ca"), .text(").")])
        translation.templates[FicheTemplate(parts: [.text("Courriel : "), .answer("courriel")])] = FicheTemplate(parts: [.text("Email: "), .answer("courriel")])
        translation.templates[FicheTemplate(parts: [.text("En "), .answer("date_donnees"), .text(", elle comptait :")])] = FicheTemplate(parts: [.text("In "), .answer("date_donnees"), .text(", it had:")])
        translation.templates[FicheTemplate(parts: [.text("En "), .answer("date_donnees"), .text(", l'OBNL comptait :")])] = FicheTemplate(parts: [.text("In "), .answer("date_donnees"), .text(", the non-profit had:")])
        translation.templates[FicheTemplate(parts: [.text("Entrevue avec **"), .answer("nom_repondant"), .text("**,\n"), .answer("fonction_repondant")])] = FicheTemplate(parts: [.text("Interview with **"), .answer("nom_repondant"), .text("**,\n"), .answer("fonction_repondant")])
        translation.templates[FicheTemplate(parts: [.text("Les trois plus importants : "), .answer("trois_facteurs"), .text(".")])] = FicheTemplate(parts: [.text("The three most important: "), .answer("trois_facteurs"), .text(".")])
        translation.templates[FicheTemplate(parts: [.text("Mission : "), .answer("mission")])] = FicheTemplate(parts: [.text("Mission: "), .answer("mission")])
        translation.templates[FicheTemplate(parts: [.text("Partenaires du démarrage : "), .answer("partenaires_demarrage"), .text(".")])] = FicheTemplate(parts: [.text("Start-up partners: "), .answer("partenaires_demarrage"), .text(".")])
        translation.templates[FicheTemplate(parts: [.text("Pour les surmonter : "), .answer("defis_demarrage_surmontes")])] = FicheTemplate(parts: [.text("To overcome them: "), .answer("defis_demarrage_surmontes")])
        translation.templates[FicheTemplate(parts: [.text("Pour les surmonter : "), .answer("defis_developpement_surmontes")])] = FicheTemplate(parts: [.text("To overcome them: "), .answer("defis_developpement_surmontes")])
        translation.templates[FicheTemplate(parts: [.text("Tél. : "), .answer("telephone")])] = FicheTemplate(parts: [.text("Tel.: "), .answer("telephone")])
        translation.templates[FicheTemplate(parts: [.text("Valeurs : "), .answer("valeurs")])] = FicheTemplate(parts: [.text("Values: "), .answer("valeurs")])
        translation.templates[FicheTemplate(parts: [.text("Vision : "), .answer("vision")])] = FicheTemplate(parts: [.text("Vision: "), .answer("vision")])
        translation.templates[FicheTemplate(parts: [.text("[Site Web]("), .answer("site_web"), .text(")")])] = FicheTemplate(parts: [.text("[Website]("), .answer("site_web"), .text(")")])
        translation.templates[FicheTemplate(parts: [.text("un chiffre d'affaires de "), .answer("chiffre_affaires")])] = FicheTemplate(parts: [.text("annual revenue of "), .answer("chiffre_affaires")])
        grid.translations[.en] = translation
        return grid
    }
}

#endif
