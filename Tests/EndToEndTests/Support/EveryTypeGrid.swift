import Foundation

/// A grid with one question of each of the fifteen types, behind a yes/no gate, for checking
/// what the record writes for each type against the published schema.
///
/// The gate (`ouvert`) opens the section of typed questions; saying no to it after they were
/// answered makes every one of them not applicable, each keeping its answer under `earlier`.
enum EveryTypeGrid {
    /// File name of the grid inside a test environment's directory.
    static let fileName = "types.yaml"

    static let yaml = """
        grid: tous-les-types
        version: 1
        language: fr
        title: "Chaque type de question"
        sections:
          - id: porte
            title: "Porte"
            questions:
              - {id: ouvert, text: "On continue?", type: yesno}
          - id: types
            title: "Chaque type"
            when: ouvert == yes
            questions:
              - {id: texte, text: "Nom?", type: text}
              - {id: liste, text: "Défis?", type: list}
              - {id: entier, text: "Membres?", type: integer, unit: membres}
              - {id: decimal, text: "Hectares?", type: decimal}
              - {id: pourcent, text: "Part locale?", type: percent}
              - {id: argent, text: "Prix du panier?", type: money, unit: "$"}
              - {id: annee, text: "Fondée en?", type: year}
              - {id: jour, text: "Date de l'AGA?", type: date}
              - {id: choix, text: "Statut?", type: choice, choices: [Coopérative, OBNL]}
              - {id: plusieurs, text: "Activités?", type: multichoice, choices: [Serre, Local, Camion]}
              - {id: ouinon, text: "AGA tenue?", type: yesno}
              - {id: rang, text: "Les plus importants?", type: rank, from: liste, count: 2}
              - {id: courriel, text: "Courriel?", type: email}
              - {id: tel, text: "Téléphone?", type: phone}
              - {id: site, text: "Site?", type: url}
          - id: fin
            title: "Fin"
            questions:
              - {id: merci, text: "Un mot de la fin?", type: text}

        """

    /// Answers to the typed questions, as an interviewer types them: accents, « », an emoji,
    /// a list item longer than 80 columns, a number said with words, cents, a leap day.
    static let typedAnswers = """
        Coop « Étoile » 😀
        Locaux ; équipements
        Serre de 40 mètres, chauffée au bois, que les membres ont bâtie en 2019 avec la municipalité

        plus de 200
        2,5
        12,5
        4,50 $
        2021
        2024-02-29
        2
        1 3
        non
        2 1
        zoé@exemple.org
        418 555-0101 poste 2
        https://exemple.org/coop

        """

    /// Every question answered: yes to the gate, each type, a last word.
    static let answeredInput = "oui\n" + typedAnswers + "Merci!\n"

    /// Every typed question answered, then the gate changed to no: they all keep an `earlier` answer.
    static let earlierInput = "oui\n" + typedAnswers + "/aller 1\nnon\nMerci!\n"

    /// Writes the grid into `environment`'s directory and returns its path.
    @discardableResult
    static func write(in environment: TestEnvironment) throws -> String {
        let path = environment.path(fileName)
        try yaml.write(toFile: path, atomically: true, encoding: .utf8)
        return path
    }
}
