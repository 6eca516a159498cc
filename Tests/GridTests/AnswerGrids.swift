import Grid

/// Grids written inline for the answer parser's tests: the same grids as the session tests'
/// `TestGrids` (InterviewTests), which this test target cannot import.
enum AnswerGrids {
    /// Every kind of answer, in grid order (the numbers are those `/aller` uses):
    ///  1 `nom` text, required · 2 `facteurs` list · 3 `classement` rank of `facteurs`, count 2 ·
    ///  4 `employes` integer in `employé·e·s` · 5 `taille` decimal · 6 `part` percent · 7 `budget` money ·
    ///  8 `fondation` date · 9 `statut` choice · 10 `roles` multichoice · 11 `solidaire` yesno ·
    ///  12 `sources` text when `solidaire == yes` · 13 `commentaire` text.
    static let essaiText = """
    grid: essai
    version: 1
    language: fr
    title: "Grille d'essai"
    objectives:
      - "Tout vérifier sans terminal."
    sections:
      - id: debut
        title: "Début de l'entretien"
        label: Début
        questions:
          - id: nom
            text: "Quel est le nom de l'organisme?"
            type: text
            required: true
          - id: facteurs
            text: "Quels sont les facteurs de succès?"
            type: list
          - id: classement
            text: "Lesquels sont les plus importants?"
            type: rank
            from: facteurs
            count: 2
      - id: profil
        title: "Profil de l'organisme"
        label: Profil
        questions:
          - id: employes
            text: "Combien d'employé·e·s?"
            type: integer
            unit: "employé·e·s"
          - id: taille
            text: "Quelle superficie (hectares)?"
            type: decimal
          - id: part
            text: "Quelle part des revenus est commerciale?"
            type: percent
          - id: budget
            text: "Quel est le budget annuel?"
            type: money
          - id: fondation
            text: "Date de fondation?"
            type: date
          - id: statut
            text: "Quel est le statut?"
            type: choice
            choices:
              - {id: coop, label: "Coopérative"}
              - {id: obnl, label: "OBNL"}
              - {id: privee, label: "Entreprise privée"}
          - id: roles
            text: "Quels rôles dans le système alimentaire?"
            type: multichoice
            choices:
              - {id: production, label: "Production"}
              - {id: transformation, label: "Transformation"}
              - {id: distribution, label: "Distribution"}
          - id: solidaire
            text: "Avez-vous fait appel au financement solidaire?"
            type: yesno
          - id: sources
            text: "Si oui, lesquelles?"
            type: text
            when: "solidaire == yes"
          - id: commentaire
            text: "Autre chose à ajouter?"
            type: text
    """

    /// The grid above, loaded.
    static func essai() throws -> LoadedGrid {
        try GridLoader.load(text: essaiText, file: "essai.yaml")
    }

    /// A value of every answer type, by question, in grid order.
    static let essaiValues: [(String, AnswerValue)] = [
        ("nom", .text("Coop du Coin")),
        ("facteurs", .list(["Bénévoles", "Local"])),
        ("classement", .list(["Local", "Bénévoles"])),
        ("employes", .number(40)),
        ("taille", .number(1.5)),
        ("part", .number(40)),
        ("budget", .number(5_000_000)),
        ("fondation", .text("2021-07-01")),
        ("statut", .text("obnl")),
        ("roles", .list(["production", "distribution"])),
        ("solidaire", .bool(true)),
        ("sources", .text("Caisse d'économie")),
        ("commentaire", .text("Rien à ajouter")),
    ]

    /// An English grid with one decimal question.
    static let englishText = """
    grid: english
    version: 1
    language: en
    title: "English grid"
    sections:
      - id: s
        title: "Section"
        questions:
          - id: amount
            text: "How much?"
            type: decimal
    """

    static func english() throws -> LoadedGrid {
        try GridLoader.load(text: englishText, file: "english.yaml")
    }
}
