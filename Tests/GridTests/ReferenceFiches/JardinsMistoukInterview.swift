@testable import Grid

extension ReferenceInterview {
    /// `jardins-mistouk.md`: an OBNL printed without a kicker, with its mission as seven points,
    /// partners not split into financial and other ones, and its contact person printed without
    /// « Entrevue avec ».
    static let jardinsMistouk = ReferenceInterview(name: "jardins-mistouk", events: [
        // Identification
        .answer(question: "nom_organisation", value: .text("Jardins Mistouk"), seconds: 4),
        .answer(question: "nom_repondant", value: .text("Jérôme Gagnon"), seconds: 5),
        .answer(question: "fonction_repondant", value: .text("vice-président du conseil d'administration"), seconds: 6),
        .answer(question: "consentement_entretien", value: .bool(true), seconds: 2),
        .answer(question: "consentement_fiche", value: .bool(true), seconds: 2),
        // Démarrage
        .answer(question: "besoin_origine", value: .text("autonomie alimentaire et alimentation saine de la population des communautés du secteur nord de la MRC de Lac-Saint-Jean-Est."), seconds: 40),
        .answer(question: "defis_demarrage", value: .list([
            "Démontrer la nécessité et la portée sociale du projet auprès des acteur·rice·s de la politique locale et territoriale.",
            "Impliquer et mobiliser la population.",
        ]), seconds: 60),
        .skip(question: "defis_demarrage_surmontes"),
        .answer(question: "facteurs_demarrage", value: .list([
            "L'accès à une terre publique de la Ville d'Alma.",
            "Soutien de la Ville d'Alma, de la MRC, du CIUSSS et des médecins ainsi que de divers partenaires.",
        ]), seconds: 60),
        .skip(question: "partenaires_demarrage"),
        // Développement et viabilité
        .skip(question: "evolution_offre"),
        .answer(question: "defis_developpement", value: .list([
            "Trouver et retenir la main-d'œuvre pour la culture maraîchère.",
        ]), seconds: 30),
        .skip(question: "defis_developpement_surmontes"),
        .answer(question: "facteurs_developpement", value: .list([
            "Avoir une vision qui permet de remplacer ou de transformer ce qui ne fonctionne pas de façon radicale (innovation sociale et de rupture).",
            "S'arrimer avec les besoins de la communauté (instances, partenaires, population).",
            "Faire preuve de ténacité, ce qui est rassurant pour les partenaires.",
            "Impliquer des bénévoles dans un modèle participatif, en échange de légumes ou de petits fruits.",
            "Accéder à de nombreux programmes de soutien à l'agriculture locale (MAPAQ, UPA, etc.).",
            "Pratiquer une agriculture biologique mécanisée.",
        ]), seconds: 180),
        .skip(question: "trois_facteurs"),
        .skip(question: "apport_economie_sociale"),
        .skip(question: "sources_revenus"),
        .skip(question: "part_revenus_commerciaux"),
        .skip(question: "financement_solidaire"),
        .skip(question: "partage_etats_financiers"),
        .answer(question: "apprentissages", value: .list([
            "Il n'est pas nécessaire d'être propriétaire de la terre pour la cultiver. Elle peut être travaillée comme un commun.",
            "Les changements systémiques nécessitent un leadership à trois niveaux: individuel, organisationnel et territorial.",
        ]), seconds: 80),
        .answer(question: "enjeux_futurs", value: .list([
            "Collectiviser davantage, mettre les choses en commun en matière d'alimentation.",
            "Concevoir de nouveaux équipements agricoles pour l'agriculture biointensive.",
            "Développer des activités pour donner accès à la population à des protéines végétales et pour limiter le gaspillage alimentaire à l'échelle territoriale.",
        ]), seconds: 70),
        .skip(question: "besoins_soutien"),
        // Profil (the « En bref » block)
        .answer(question: "presentation", value: .text("Traversés par la Véloroute des Bleuets et longés par la rivière Mistouk, les 25 hectares des Jardins Mistouk offrent fèves, légumes, petits fruits, arbres fruitiers et à noix. Né d'une initiative citoyenne en 2015, cet organisme à but non lucratif (OBNL) promeut une alimentation saine et locale, l'interdépendance alimentaire locale, la production intensive sur petites surfaces, l'inclusion sociale, l'occupation dynamique du territoire et la mobilisation citoyenne. Quels apprentissages en tirer?"), seconds: 120),
        .answer(question: "statut", value: .text("obnl"), seconds: 3),
        .skip(question: "surtitre"),  // the fiche prints no kicker
        .answer(question: "municipalite", value: .text("Alma"), seconds: 3),
        .answer(question: "mrc", value: .text("Lac-Saint-Jean-Est"), seconds: 3),
        .answer(question: "region", value: .text("saguenay_lac_saint_jean"), seconds: 2),
        .skip(question: "milieu"),
        .skip(question: "echelle_territoriale"),
        .answer(question: "role_systeme_alimentaire", value: .list(["production_ecologique", "circuits_courts"]), seconds: 6),
        .answer(question: "date_creation", value: .text("OBNL constitué en décembre 2015 à Alma, au Saguenay-Lac-Saint-Jean."), seconds: 15),
        .answer(question: "annee_creation", value: .number(2015), seconds: 3),
        .answer(question: "nb_employes", value: .number(8), seconds: 3),
        .answer(question: "nb_membres", value: .number(238), seconds: 3),
        .answer(question: "nb_benevoles", value: .number(60), seconds: 3),
        .answer(question: "chiffre_affaires", value: .number(50_000), seconds: 4),
        .answer(question: "date_donnees", value: .text("2020"), seconds: 2),
        // The seven points of the mission, typed on one line as a text answer is.
        .answer(question: "mission", value: .text("Exploiter un jardin maraîcher et un verger de fruits et de petits fruits à des fins d'autonomie financière, de diffusion et d'éducation populaire. Promouvoir l'autonomie alimentaire et l'alimentation saine en favorisant l'accès à des produits de qualité, frais et abordables à la population du secteur nord de Lac-Saint-Jean-Est tout en l'encourageant « à reconnecter son assiette à la terre de chez elle ». Promouvoir l'agriculture intensive sur petites surfaces et contribuer à faire la démonstration de modèles agricoles émergents et de nouveaux modèles d'exploitation et de distribution. Contribuer à favoriser la relève de la main-d'œuvre (exploitant-e-s agricoles, entrepreneur-e-s sociaux-ales). Dans un esprit de développement durable, accroître le sentiment d'appartenance des résident-e-s du secteur nord, contribuer à l'occupation dynamique du territoire et développer la mobilisation citoyenne. Réaliser des activités d'animation, de formation et d'éducation populaire sur ces thèmes avec un souci d'intégration et une approche multigénérationnelle. Favoriser l'insertion sociale et/ou professionnelle, notamment auprès des jeunes."), seconds: 150),
        .skip(question: "vision"),
        .skip(question: "valeurs"),
        .answer(question: "publics_cibles", value: .list([
            "Population des communautés du secteur nord de la MRC de Lac-Saint-Jean-Est.",
        ]), seconds: 15),
        .answer(question: "taille_ca", value: .number(11), seconds: 2),
        .answer(question: "aga", value: .bool(true), seconds: 2),
        .answer(question: "cotisation_membres", value: .text("20 $ pour l'adhésion à vie"), seconds: 5),
        .answer(question: "proposition_valeur", value: .list([
            "Organisme de mobilisation citoyenne: on souhaite rapprocher les citoyen-ne-s des modes de production de leurs aliments.",
            "Organisme appuyé par la MRC de Lac-Saint-Jean-Est, «s'inscrit dans le plan de développement agroalimentaire de la MRC de Lac-Saint-Jean-Est, qui vise à accroître l'utilisation de l'agriculture et la mise en valeur du milieu rural, en plus de valoriser la profession d'agriculteur et de mettre en place des conditions propices à la relance et au maintien de l'agriculture.»",
            "Légumes frais, certifiés bio et écologiques, cultivés localement.",
        ]), seconds: 60),
        .answer(question: "activites_cles", value: .list([
            "Culture de 10 des 25 hectares.",
            "Production bio-intensive dans le jardin de production maraîchère, le verger de fruits et de petits fruits.",
            "Culture de jardins communautaires de 100 parcelles, dont certaines par les élèves de l'école primaire Maria, leurs enseignant-e-s et leurs parents.",
            "Projet de fermier-ère-s de famille en collaboration avec Rio Tinto (Alcan): achat de légumes et kiosque à la sortie de l'usine, contribution au jardin de solidarité, éducation populaire et bénévolat.",
            "Intégration sociale de 6 jeunes de 15 à 29 ans (Carrefour jeunesse emploi) dans le cadre du projet Les Robinculteurs, au jardin de solidarité.",
            "Distribution de 16 tonnes de denrées à Moisson Saguenay-Lac-Saint-Jean (SLSJ).",
            "Transformation de surplus de Moisson SLSJ.",
            "Diverses activités éducatives avec les écoles (semis, jardinage, films, etc.).",
            "Sentiers pédestres à venir.",
        ]), seconds: 180),
        .answer(question: "mise_en_marche", value: .list([
            "Favoriser les circuits courts et solliciter la clientèle locale des communautés du secteur nord de la MRC de Lac-Saint-Jean-Est.",
        ]), seconds: 20),
        .answer(question: "ressources_cles", value: .list([
            "25 hectares de terres publiques en location.",
            "Partage d'équipements avec d'autres agriculteur-ric-e-s par le biais de la Coopérative d'utilisation de matériel agricole (CUMA).",
        ]), seconds: 40),
        .answer(question: "reseau_distribution", value: .list([
            "Distribution via des circuits courts. Pour les jardins maraîchers: paniers (ASC), marché fermier.",
        ]), seconds: 20),
        // The book does not split financial partners from the others.
        .skip(question: "partenaires_financiers"),
        .answer(question: "autres_partenaires", value: .list([
            "MRC de Lac-Saint-Jean-Est, Ville d'Alma, CIUSSS et médecins, élu-e-s, gens d'affaires locaux, Desjardins.",
            "Carrefour jeunesse emploi La Bivoie et le Centre de services scolaire du Lac-Saint-Jean par l'entremise du plateau de travail Les Robinculteurs.",
        ]), seconds: 40),
        .skip(question: "contact_nom"),
        .skip(question: "contact_fonction"),
        .answer(question: "courriel", value: .text("jardin@mistouk.ca"), seconds: 5),
        .answer(question: "telephone", value: .text("418-719-6460"), seconds: 5),
        .answer(question: "site_web", value: .text("https://mistouk.ca"), seconds: 5),
        .complete,
    ], variations: [
        BookVariation(printed: ["Date de création et besoins à l'origine"], ours: ["Date de création et besoin à l'origine"],
                      why: "the grid's heading is in the singular, as the other fiches print it"),
        BookVariation(printed: ["Besoins à l'origine: autonomie alimentaire et alimentation saine de la population des communautés du secteur nord de la MRC de Lac-Saint-Jean-Est."],
                      ours: ["Besoin à l'origine : autonomie alimentaire et alimentation saine de la population des communautés du secteur nord de la MRC de Lac-Saint-Jean-Est."],
                      why: "the grid's sentence is in the singular with a space before the colon, as the other fiches print it"),
        BookVariation(printed: ["- 8 employé-e-s, 60 bénévoles, 8 jeunes sur les plateaux de travail ;"],
                      ours: ["- 8 employé-e-s ;", "- 60 bénévoles ;"],
                      why: "the grid asks employees and volunteers apart, one line each, and has no count of youths on work platforms"),
        BookVariation(printed: [
            "- Exploiter un jardin maraîcher et un verger de fruits et de petits fruits à des fins d'autonomie financière, de diffusion et d'éducation populaire.",
            "- Promouvoir l'autonomie alimentaire et l'alimentation saine en favorisant l'accès à des produits de qualité, frais et abordables à la population du secteur nord de Lac-Saint-Jean-Est tout en l'encourageant « à reconnecter son assiette à la terre de chez elle ».",
            "- Promouvoir l'agriculture intensive sur petites surfaces et contribuer à faire la démonstration de modèles agricoles émergents et de nouveaux modèles d'exploitation et de distribution.",
            "- Contribuer à favoriser la relève de la main-d'œuvre (exploitant-e-s agricoles, entrepreneur-e-s sociaux-ales).",
            "- Dans un esprit de développement durable, accroître le sentiment d'appartenance des résident-e-s du secteur nord, contribuer à l'occupation dynamique du territoire et développer la mobilisation citoyenne.",
            "- Réaliser des activités d'animation, de formation et d'éducation populaire sur ces thèmes avec un souci d'intégration et une approche multigénérationnelle.",
            "- Favoriser l'insertion sociale et/ou professionnelle, notamment auprès des jeunes.",
        ], ours: [
            "Mission : Exploiter un jardin maraîcher et un verger de fruits et de petits fruits à des fins d'autonomie financière, de diffusion et d'éducation populaire. Promouvoir l'autonomie alimentaire et l'alimentation saine en favorisant l'accès à des produits de qualité, frais et abordables à la population du secteur nord de Lac-Saint-Jean-Est tout en l'encourageant « à reconnecter son assiette à la terre de chez elle ». Promouvoir l'agriculture intensive sur petites surfaces et contribuer à faire la démonstration de modèles agricoles émergents et de nouveaux modèles d'exploitation et de distribution. Contribuer à favoriser la relève de la main-d'œuvre (exploitant-e-s agricoles, entrepreneur-e-s sociaux-ales). Dans un esprit de développement durable, accroître le sentiment d'appartenance des résident-e-s du secteur nord, contribuer à l'occupation dynamique du territoire et développer la mobilisation citoyenne. Réaliser des activités d'animation, de formation et d'éducation populaire sur ces thèmes avec un souci d'intégration et une approche multigénérationnelle. Favoriser l'insertion sociale et/ou professionnelle, notamment auprès des jeunes.",
        ], why: "the book prints this mission as seven points; the grid's mission is one text, printed « Mission : … » on one line as in the other fiches"),
        BookVariation(printed: ["Clientèle et public cible"], ours: ["Clientèle et publics cibles"],
                      why: "the grid's heading is in the plural, as the other fiches print it"),
        BookVariation(printed: ["- Conseil d'administration (11 membres) et AGA.", "- 238 membres (20 $ pour l'adhésion à vie)."],
                      ours: ["- 238 membres (20 $ pour l'adhésion à vie).", "- Conseil d'administration (11 membres) et AGA."],
                      why: "the book puts the members after the board here only; the grid prints them first, as in the Coop Alina fiche"),
        BookVariation(printed: ["Tél. : 418-719-6460 | Site Web"], ours: ["Tél. : 418-719-6460", "Site Web"],
                      why: "the book puts the phone and the site on one line here only; the grid prints one a line, as in the other fiches"),
    ])
}
