import Foundation

/// The small grid most end-to-end tests interview with: a required text, a list, a yes/no
/// with a question that depends on it, a choice, and an integer with a unit.
enum SmallGrid {
    /// File name of the grid inside a test environment's directory.
    static let fileName = "petite.yaml"

    static let yaml = """
        grid: petite
        version: 1
        language: fr
        title: "Petite grille"
        objectives:
          - Vérifier le programme de bout en bout.
        sections:
          - id: org
            title: "L'organisme"
            label: Organisme
            questions:
              - id: nom
                text: "Nom de l'organisme?"
                type: text
                required: true
              - id: defis
                text: "Principaux défis?"
                type: list
              - id: financement
                text: "Financement solidaire?"
                type: yesno
              - id: sources
                text: "Si oui, lesquelles?"
                type: text
                when: financement == yes
              - id: statut
                text: "Statut?"
                type: choice
                choices: [Coopérative, OBNL, Entreprise privée]
              - id: employes
                text: "Nombre d'employés?"
                type: integer
                unit: employé·e·s

        """

    /// Piped input that answers every question, the dependent one included.
    static let completeInput = "Coop\nA\nB\n\noui\nFiducie\n2\n12\n"

    /// Writes the grid into `environment`'s directory and returns its path.
    @discardableResult
    static func write(in environment: TestEnvironment) throws -> String {
        let path = environment.path(fileName)
        try yaml.write(toFile: path, atomically: true, encoding: .utf8)
        return path
    }

    /// The arguments of `interview new` on this grid for `caseID`.
    static func newArguments(_ environment: TestEnvironment, caseID: String) -> [String] {
        ["new", "--grid", environment.path(fileName), "--case", caseID]
    }
}
