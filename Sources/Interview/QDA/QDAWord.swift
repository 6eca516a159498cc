import Grid

/// The words of a case's plain-text source in a QDPX project, in the case's language.
enum QDAWord: MessageCatalogue {
    case note, yes, no
    /// Before and after a quote's words.
    case openingQuote, closingQuote
    /// The description of a code that a coding names but the grid's codebook no longer has.
    case notInCodebook

    var wording: Wording {
        switch self {
        case .note: return (fr: "Note : ", en: "Note: ")
        case .yes: return (fr: "Oui", en: "Yes")
        case .no: return (fr: "Non", en: "No")
        case .openingQuote: return (fr: "« ", en: "\u{201C}")
        case .closingQuote: return (fr: " »", en: "\u{201D}")
        case .notInCodebook: return (fr: "Code absent du livre de codes de la grille", en: "Code missing from the grid's codebook")
        }
    }
}
