@testable import Grid

extension ReferenceInterview {
    /// `coop-alina.md`: the reference fiche has no start-up block, and nothing was said about one.
    static let coopAlina = ReferenceInterview(name: "coop-alina", events: [
        // Identification
        .answer(question: "nom_organisation", value: .text("Coop Alina"), seconds: 4),
        .answer(question: "nom_repondant", value: .text("Sophie-Anne Morin"), seconds: 5),
        .answer(question: "fonction_repondant", value: .text("présidente du conseil d'administration"), seconds: 6),
        .answer(question: "consentement_entretien", value: .bool(true), seconds: 2),
        .answer(question: "consentement_fiche", value: .bool(true), seconds: 2),
        // Démarrage: the reference fiche has no start-up block.
        .answer(question: "besoin_origine", value: .text("accès à des aliments santé, bio, sans gluten, etc."), seconds: 40),
        .skip(question: "defis_demarrage"),
        .skip(question: "facteurs_demarrage"),
        .skip(question: "partenaires_demarrage"),
        // Développement et viabilité
        .skip(question: "evolution_offre"),
        .answer(question: "defis_developpement", value: .list([
            "Recherche et rétention de la main-d'œuvre. Taux de roulement des employé·e·s à temps partiel.",
            "Approvisionnement en produits bio et sains correspondants aux critères de la coopérative et conservation des aliments qui proviennent de plus loin. Souhait d'arrivages plus fréquents pour offrir des produits frais.",
            "Concurrence des autres épiceries de Rimouski qui vendent aussi des produits bio.",
            "Temps requis par le logiciel de commande qui monopolise le temps des conseiller·ère·s qui offrent le service à la clientèle (système qui doit être optimisé sous peu).",
        ]), seconds: 180),
        .skip(question: "defis_developpement_surmontes"),
        .answer(question: "facteurs_developpement", value: .list([
            "Diversification de l'offre de produits pour répondre à la demande des membres. Adhésion et fidélité des membres qui achètent régulièrement.",
            "Approvisionnement et partenariats avec les fournisseur·euse·s locaux·ales.",
            "CA dynamique avec des membres aux expertises diversifiées; CA qui connaît bien son rôle.",
            "Localisation au centre-ville de Rimouski.",
            "Atmosphère de la coopérative créée en grande partie par le sentiment d'appartenance des membres à leur coop.",
            "Leadership de la direction générale dans une gouvernance coopérative démocratique respectant le pouvoir des membres. Compétences de gestion opérationnelle de la direction générale.",
            "Agrandissement récent et accès à la rue principale Saint-Germain par le bistro Le Bocal.",
        ]), seconds: 240),
        .skip(question: "trois_facteurs"),
        .skip(question: "apport_economie_sociale"),
        .skip(question: "sources_revenus"),
        .skip(question: "part_revenus_commerciaux"),
        .answer(question: "financement_solidaire", value: .bool(true), seconds: 3),
        .answer(question: "financement_solidaire_sources", value: .list([
            "Caisse d'économie solidaire Desjardins", "Investissement Québec", "Fiducie du Chantier de l'économie sociale",
        ]), seconds: 20),
        .answer(question: "financement_solidaire_obtenu", value: .bool(true), seconds: 2),
        .skip(question: "partage_etats_financiers"),
        .answer(question: "apprentissages", value: .list([
            "Avoir le courage d'essayer de nouvelles choses et d'innover.",
            "Saisir l'importance des liens de partenariat avec les fournisseur·euse·s.",
            "Ne pas avoir peur de partager et de confronter les idées.",
        ]), seconds: 90),
        .answer(question: "enjeux_futurs", value: .list([
            "Consolider les développements récents (agrandissement et ajout du bistrot).",
            "Poursuivre la diversification des produits pour répondre à la demande des membres, sans se lancer dans de nouveaux projets d'envergure.",
        ]), seconds: 60),
        .skip(question: "besoins_soutien"),
        // Profil (the « En bref » block)
        .answer(question: "presentation", value: .text("Avec son bâtiment de 10 000 pieds carrés, la Coop Alina ne passe pas inaperçue sur la rue Saint-Germain Ouest, à Rimouski. Cette coopérative de consommateur-ric-e-s a pour mission de rendre accessibles des produits sains de qualité, biologiques et respectueux de l'environnement à la population de la grande région de Rimouski, dans le Bas-Saint-Laurent. Zoom sur cette entreprise collective née dans un rang bucolique de Saint-Fabien il y a près d'un demi-siècle."), seconds: 120),
        .answer(question: "statut", value: .text("coop_consommateurs"), seconds: 3),
        .skip(question: "surtitre"),  // the fiche prints no kicker
        .answer(question: "municipalite", value: .text("Rimouski"), seconds: 3),
        .answer(question: "mrc", value: .text("Rimouski-Neigette"), seconds: 3),
        .answer(question: "region", value: .text("bas_saint_laurent"), seconds: 2),
        .answer(question: "milieu", value: .text("urbain"), seconds: 2),
        .skip(question: "echelle_territoriale"),
        .answer(question: "role_systeme_alimentaire", value: .list(["distribution_detail"]), seconds: 4),
        .answer(question: "date_creation", value: .text("Coopérative créée dans les années 1970 dans la municipalité de Saint-Fabien. Elle s'installe au centre-ville de Rimouski en 1978, dans la région du Bas-Saint-Laurent."), seconds: 30),
        .answer(question: "annee_creation", value: .number(1970), seconds: 3),
        .answer(question: "nb_employes", value: .number(40), seconds: 3, said: "40 à temps plein et à temps partiel"),
        .answer(question: "nb_membres", value: .number(10_000), seconds: 3),
        .skip(question: "nb_benevoles"),
        .answer(question: "chiffre_affaires", value: .number(5_000_000), seconds: 4, said: "près de 5 000 000"),
        .answer(question: "date_donnees", value: .text("juillet 2021"), seconds: 3),
        .answer(question: "mission", value: .text("« offrir à la population de Rimouski et des environs un vaste choix de produits biologiques, naturels et locaux de qualité, qu'il s'agisse de produits d'alimentation, de santé naturels ou de soins personnels. »"), seconds: 30),
        .answer(question: "vision", value: .text("« être porteur d'un changement social dédié à l'adoption d'une alimentation saine et favoriser la santé naturelle dans l'Est du Québec. »"), seconds: 25),
        .answer(question: "valeurs", value: .text("humaines et écologiques, importance de l'engagement envers la collectivité."), seconds: 15),
        .answer(question: "publics_cibles", value: .list([
            "Principalement la population de la MRC de Rimouski-Neigette. La coopérative compte toutefois des membres de tout l'est du Québec.",
        ]), seconds: 20),
        .answer(question: "taille_ca", value: .number(7), seconds: 2),
        .answer(question: "aga", value: .bool(true), seconds: 2),
        .answer(question: "cotisation_membres", value: .text("20 $ à vie pour deux parts sociales"), seconds: 5),
        .answer(question: "proposition_valeur", value: .list([
            "«La plus grande épicerie santé dans l'est du Québec.»",
            "«Se démarque des autres épiceries notamment grâce à son service-conseil offert gratuitement aux membres et aux clients.»",
        ]), seconds: 40),
        .answer(question: "activites_cles", value: .list([
            "Épicerie qui offre plus de 9000 produits de santé naturels et des produits alimentaires, notamment des produits certifiés biologiques, sans OGM, locaux et régionaux, ainsi que des produits issus de la cueillette sauvage.",
            "Bistro santé Le Bocal.",
            "Conseils en matière d'alimentation saine et de santé naturelle.",
        ]), seconds: 60),
        .answer(question: "mise_en_marche", value: .list([
            "Avantages réservés aux membres.",
            "Promotion via le site Web, les réseaux sociaux, l'infolettre.",
            "Participation à divers événements.",
            "Firme embauchée pour bonifier la stratégie marketing.",
        ]), seconds: 45),
        .answer(question: "ressources_cles", value: .list([
            "40 employé-e-s syndiqué-e-s.",
            "Deuxième agrandissement en 2019 au coût de 1,5 million de dollars pour augmenter l'aire de produits frais. Nouvelle surface totale: 10 000 pi² (930 m²).",
            "Approvisionnement local de maraîchers du Québec et du Canada, aliments biologiques, sans OGM.",
            "Pas de mutualisation actuellement, possiblement à venir pour subvenir aux besoins de main-d'œuvre dans un contexte de pénurie.",
        ]), seconds: 70),
        .answer(question: "reseau_distribution", value: .list(["Distribution au détail par la coopérative."]), seconds: 10),
        .answer(question: "partenaires_financiers", value: .list([
            "Caisse d'économie solidaire Desjardins", "Investissement Québec", "Fiducie du Chantier de l'économie sociale",
        ]), seconds: 20),
        .answer(question: "autres_partenaires", value: .list([
            "producteur-riche-s locaux-ales", "Société de promotion économique de Rimouski (SOPER)", "Fédération des coopératives en alimentation",
        ]), seconds: 25),
        .answer(question: "contact_nom", value: .text("Guillaume Lamarche"), seconds: 4),
        .answer(question: "contact_fonction", value: .text("directeur général"), seconds: 3),
        .answer(question: "courriel", value: .text("direction@alina.coop"), seconds: 5),
        .answer(question: "telephone", value: .text("418-723-0355"), seconds: 5),
        .answer(question: "site_web", value: .text("https://www.alina.coop"), seconds: 5),
        .complete,
    ], variations: [
        BookVariation(printed: ["Voir aussi notre portrait sur le site de l'ampli"], ours: [],
                      why: "a link of this fiche only; the grid asks for the organisation's site, not for other pages"),
    ])
}
