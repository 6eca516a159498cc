/// Piped answers to every question of the built-in grid as an English-speaking interviewer types
/// them: `yes`/`no`, numbers with words (`about 40`, `1.5 million`), choices by number or by
/// their English label; consent given and every "if so" taken. The same choices as
/// ``BuiltInGridAnswers``, so both cases hold the same ids.
enum BuiltInGridEnglishAnswers {
    /// One entry per question in grid order; a list's items are followed by the empty line that ends it.
    static let perQuestion: [String] = [
        "Fjord Food Co-op 🌲",                 // 1 nom_organisation
        "Mary Tremblay",                       // 2 nom_repondant
        "General manager",                     // 3 fonction_repondant
        "yes",                                 // 4 consentement_entretien
        "yes",                                 // 5 consentement_fiche
        "Access to fresh food in a neighbourhood where the last grocery store had closed its doors in 2012",  // 6 besoin_origine
        "Financing\nFinding premises\n",       // 7 defis_demarrage
        "A member share campaign",             // 8 defis_demarrage_surmontes
        "Citizen mobilization\n",              // 9 facteurs_demarrage
        "The municipality\nThe local community development corporation\n", // 10 partenaires_demarrage
        "Added a bulk-food counter",           // 11 evolution_offre
        "Recruitment\n",                       // 12 defis_developpement
        "Mutual aid between co-ops",           // 13 defis_developpement_surmontes
        "Volunteers\nLocal roots\nPartnerships\n", // 14 facteurs_developpement
        "2 1 3",                               // 15 trois_facteurs
        "Members’ trust",                      // 16 apport_economie_sociale
        "Sales\nGrants\n",                     // 17 sources_revenus
        "65%",                                 // 18 part_revenus_commerciaux
        "yes",                                 // 19 financement_solidaire
        "Chantier de l'économie sociale Trust\n", // 20 financement_solidaire_sources
        "y",                                   // 21 financement_solidaire_obtenu
        "no",                                  // 22 partage_etats_financiers
        "Surround yourself with people who know the trade\n", // 23 apprentissages
        "Succession\n",                        // 24 enjeux_futurs
        "yes",                                 // 25 besoins_soutien
        "Management\n",                        // 26 besoins_soutien_lesquels
        "A neighbourhood co-operative grocery store.", // 27 presentation
        "4",                                   // 28 statut
        "Solidarity co-operative",             // 29 surtitre
        "Saguenay",                            // 30 municipalite
        "Le Fjord-du-Saguenay",                // 31 mrc
        "2",                                   // 32 region
        "1",                                   // 33 milieu
        "Region",                              // 34 echelle_territoriale (by its English label)
        "1, 4",                                // 35 role_systeme_alimentaire
        "Founded in 2015 in Chicoutimi",       // 36 date_creation
        "2015",                                // 37 annee_creation
        "12",                                  // 38 nb_employes
        "1,250",                               // 39 nb_membres
        "about 40",                            // 40 nb_benevoles
        "1.5 million",                         // 41 chiffre_affaires
        "2023",                                // 42 date_donnees
        "Feeding the neighbourhood",           // 43 mission
        "A neighbourhood without food deserts", // 44 vision
        "Solidarity, proximity",               // 45 valeurs
        "Families\nSeniors\n",                 // 46 publics_cibles
        "9",                                   // 47 taille_ca
        "yes",                                 // 48 aga
        "$50 member share",                    // 49 cotisation_membres
        "Fair prices\n",                       // 50 proposition_valeur
        "Grocery store\n",                     // 51 activites_cles
        "Weekly baskets\n",                    // 52 mise_en_marche
        "Shared warehouse\n",                  // 53 ressources_cles
        "Store\n",                             // 54 reseau_distribution
        "Desjardins credit union\n",           // 55 partenaires_financiers
        "Food bank\n",                         // 56 autres_partenaires
        "Mary Tremblay",                       // 57 contact_nom
        "General manager",                     // 58 contact_fonction
        "info@coopfjord.ca",                   // 59 courriel
        "418 555-0123",                        // 60 telephone
        "https://coopfjord.ca",                // 61 site_web
    ]

    static var all: String { perQuestion.map { $0 + "\n" }.joined() }
}
