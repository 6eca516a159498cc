import Grid

/// A small grid with a codebook, for the coding tests: a text, a list, a text in another section.
enum CodingGrid {
    static let text = """
        grid: codage
        version: 1
        language: fr
        title: "Codage"
        sections:
          - id: demarrage
            title: "Démarrage"
            questions:
              - {id: mission, text: "Mission?", type: text}
              - {id: defis, text: "Défis?", type: list}
          - id: developpement
            title: "Développement"
            questions:
              - {id: avenir, text: "Avenir?", type: text}
        codebook:
          - id: ancrage
            label: "L'ancrage"
            codes:
              - {id: mobilisation, label: "Mobilisation des citoyen·ne·s"}
          - id: gouvernance
            label: "La gouvernance"
        """

    static func loaded() throws -> LoadedGrid {
        try GridLoader.load(text: text, file: "codage.yaml")
    }
}
