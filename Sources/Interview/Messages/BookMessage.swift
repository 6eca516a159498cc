import Grid

/// What `interview book` says on stderr besides its errors, in French and English side by side.
enum BookMessage: MessageCatalogue {
    /// The cases left out of the book, all on one line.
    case unpublishedLeftOut(caseIDs: [String])
    /// A synthesis file whose name is no theme of the grid's codebook.
    case unknownSynthesis(path: String, suggestion: String?)

    var wording: Wording {
        switch self {
        case .unpublishedLeftOut(let ids):
            let list = ids.joined(separator: ", ")
            return (fr: "Fiches laissées hors du cahier (pas de consentement à la publication) : \(list).",
                    en: "Fiches left out of the book (no consent to publication): \(list).")
        case .unknownSynthesis(let path, let suggestion):
            let hint = suggestion.map { (fr: " Vouliez-vous dire \($0).md?", en: " Did you mean \($0).md?") } ?? (fr: "", en: "")
            return (fr: "Synthèse ignorée : \(path) ne porte le nom d'aucun enjeu du codebook de la grille.\(hint.fr)",
                    en: "Synthesis ignored: \(path) is not named after a theme of the grid's codebook.\(hint.en)")
        }
    }
}
