import Foundation

/// A small grid with a codebook for the coding tests: a text, a list and a text in a second section.
enum CodingGrid {
    static let fileName = "codage.yaml"

    static let yaml = """
        grid: codage
        version: 1
        language: fr
        title: "Codage"
        sections:
          - id: demarrage
            title: "Démarrage"
            label: Démarrage
            questions:
              - {id: mission, text: "Quelle est votre mission?", type: text}
              - {id: defis, text: "Principaux défis?", type: list}
          - id: developpement
            title: "Développement"
            label: Développement
            questions:
              - {id: avenir, text: "Et l'avenir?", type: text}
        codebook:
          - id: ancrage
            label: "L'ancrage dans la communauté"
            codes:
              - {id: mobilisation, label: "Mobilisation des citoyen·ne·s"}
          - id: gouvernance
            label: "La gouvernance"

        """

    /// A mission longer than 80 columns, with an em dash, « », an emoji and `·e·s`.
    static let mission = "Nourrir le quartier — « ensemble » 🍅 avec les citoyen·ne·s du Plateau-Mont-Royal, depuis 2012 et pour longtemps."

    /// Piped answers to the three questions, a quote taken at the last one.
    static let interview = "\(mission)\nManque de bénévoles\nFinancement « patient » 💰\n\n/citation « On a tout fait nous-mêmes »\nGrandir sans perdre l'âme\n"

    @discardableResult
    static func write(in environment: TestEnvironment) throws -> String {
        let path = environment.path(fileName)
        try yaml.write(toFile: path, atomically: true, encoding: .utf8)
        return path
    }

    /// Makes case `caseID` through a piped `new` interview (the interviewer Zoé), completed.
    @discardableResult
    static func interviewed(_ environment: TestEnvironment, caseID: String, input: String = interview) throws -> ProcessResult {
        try write(in: environment)
        return try environment.run(["new", "--grid", environment.path(fileName), "--case", caseID, "--interviewer", "Zoé"], stdin: input)
    }
}
