/// What the codebook says about case columns, status columns and their codes, in French and English.
enum CodebookWord: MessageCatalogue {
    /// What a case column of the wide CSV holds, by its name.
    case caseColumn(String)
    /// A status column's description.
    case statusOf(String)
    /// What a status code means.
    case status(QuestionStatus)
    /// What an interview's status means.
    case lifecycle(SessionState.Lifecycle)
    /// The headers of the Markdown codebook.
    case headerColumn, headerQuestion, headerType, headerCondition, headerValues
    /// The title of the Markdown codebook.
    case title(String)

    var wording: Wording {
        switch self {
        case .caseColumn(let name):
            switch name {
            case "case": return (fr: "Identifiant du cas (son UUID si anonymisé)", en: "Case id (its UUID when anonymised)")
            case "uuid": return (fr: "UUID du cas", en: "Case UUID")
            case "grid": return (fr: "Identifiant de la grille", en: "Grid id")
            case "grid_version": return (fr: "Version de la grille", en: "Grid version")
            case "status": return (fr: "État de l'entretien", en: "Interview status")
            case "interviewer": return (fr: "Intervieweur·euse", en: "Interviewer")
            case "started": return (fr: "Début de l'entretien (ISO 8601, UTC)", en: "Interview start (ISO 8601, UTC)")
            case "ended": return (fr: "Fin de l'entretien (ISO 8601, UTC), vide s'il n'est pas terminé",
                                  en: "Interview end (ISO 8601, UTC), empty unless completed")
            case "total_seconds": return (fr: "Durée de l'entretien sans les pauses, en secondes", en: "Interview time without pauses, in seconds")
            default: return (fr: name, en: name)
            }
        case .statusOf(let label):
            return (fr: "Statut de la réponse : \(label)", en: "Answer status: \(label)")
        case .status(let status):
            switch status {
            case .answered: return (fr: "répondue", en: "answered")
            case .skipped: return (fr: "passée", en: "skipped")
            case .dontKnow: return (fr: "ne sait pas", en: "don't know")
            case .refused: return (fr: "refus de répondre", en: "refused")
            case .notApplicable: return (fr: "ne s'applique pas (condition non remplie)", en: "not applicable (condition not met)")
            case .unanswered: return (fr: "pas encore posée ou sans réponse", en: "not asked yet or unanswered")
            }
        case .lifecycle(let lifecycle):
            switch lifecycle {
            case .inProgress: return (fr: "en cours", en: "in progress")
            case .paused: return (fr: "en pause", en: "paused")
            case .completed: return (fr: "terminé", en: "completed")
            }
        case .headerColumn: return (fr: "Colonne", en: "Column")
        case .headerQuestion: return (fr: "Question", en: "Question")
        case .headerType: return (fr: "Type", en: "Type")
        case .headerCondition: return (fr: "Condition", en: "Condition")
        case .headerValues: return (fr: "Valeurs", en: "Values")
        case .title(let grid): return (fr: "Dictionnaire des données — \(grid)", en: "Data dictionary — \(grid)")
        }
    }
}
