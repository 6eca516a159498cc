import Grid

/// The words of the grid outline and the case table, in French and English side by side.
enum DisplayWord: MessageCatalogue {
    // The grid outline.
    case conditionIf
    case required
    case ranks(count: Int, from: String)
    case personal
    // The case table's columns and statuses.
    case caseColumn
    case gridColumn
    case statusColumn
    case progressColumn
    case answeredColumn
    case skippedColumn
    case dontKnowColumn
    case refusedColumn
    case openColumn
    case interviewerColumn
    case lastChangeColumn
    case inProgress
    case paused
    case completed

    var wording: Wording {
        switch self {
        case .conditionIf: return (fr: "si ", en: "if ")
        case .required: return (fr: "obligatoire", en: "required")
        case .ranks(let count, let from): return (fr: "classe \(count) parmi \(from)", en: "ranks \(count) of \(from)")
        case .personal: return (fr: "personnel", en: "personal")
        case .caseColumn: return (fr: "cas", en: "case")
        case .gridColumn: return (fr: "grille", en: "grid")
        case .statusColumn: return (fr: "statut", en: "status")
        case .progressColumn: return (fr: "avancement", en: "progress")
        case .answeredColumn: return (fr: "répondues", en: "answered")
        case .skippedColumn: return (fr: "passées", en: "skipped")
        case .dontKnowColumn: return (fr: "nsp", en: "dk")
        case .refusedColumn: return (fr: "refus", en: "refused")
        case .openColumn: return (fr: "ouvertes", en: "open")
        case .interviewerColumn: return (fr: "intervieweur·e", en: "interviewer")
        case .lastChangeColumn: return (fr: "dernière modification", en: "last change")
        case .inProgress: return (fr: "en cours", en: "in progress")
        case .paused: return (fr: "en pause", en: "paused")
        case .completed: return (fr: "terminé", en: "completed")
        }
    }
}
