import Grid

/// Why a line of codes is refused (nothing is written; the coder is asked again).
enum CodeLineProblem: Error, Equatable, MessageCatalogue {
    /// An id the codebook does not have, with the closest one it has.
    case unknown(String, suggestion: String?)
    /// The grid has no codebook at all.
    case noCodebook

    var wording: Wording {
        switch self {
        case .unknown(let id, let suggestion?):
            return (fr: "« \(id) » n'est pas dans le livre de codes : vouliez-vous dire « \(suggestion) »?",
                    en: "'\(id)' is not in the codebook: did you mean '\(suggestion)'?")
        case .unknown(let id, nil):
            return (fr: "« \(id) » n'est pas dans le livre de codes : Tab-Tab liste les codes, /liste ceux du cas.",
                    en: "'\(id)' is not in the codebook: Tab-Tab lists the codes, /list those of the case.")
        case .noCodebook:
            return (fr: "La grille de ce cas n'a pas de livre de codes (codebook:) : il n'y a rien à coder avec.",
                    en: "This case's grid has no codebook (codebook:): there is nothing to code with.")
        }
    }
}
