/// The words of `interview summary`, in French and English side by side.
enum SummaryWord: MessageCatalogue {
    case title, grid, status, interviewer, cases, option, answers, noAnswer, noInterviewer
    case minimum, median, maximum, count
    case completed, paused, inProgress
    /// The line that says how many cases were left out for want of consent to publication.
    case excluded(Int)
    /// « 6 sur 10 cas » under an option's count.
    case caseCount(Int)
    /// The reason written in JSON and CSV for the cases left out.
    case excludedReason
    /// What a case is when the grid does not say (`book.cases`).
    case caseSingular, casePlural
    /// « 10 mentions par 7 entreprises ».
    case mentionsByCases(mentions: Int, cases: Int, caseWord: String)

    var wording: Wording {
        switch self {
        case .title: return (fr: "Profil des cas", en: "Profile of the cases")
        case .grid: return (fr: "Grille", en: "Grid")
        case .status: return (fr: "Statut de l'entretien", en: "Interview status")
        case .interviewer: return (fr: "Enquêteur·rice", en: "Interviewer")
        case .cases: return (fr: "Cas", en: "Cases")
        case .option: return (fr: "Réponse", en: "Answer")
        case .answers: return (fr: "Réponses", en: "Answers")
        case .noAnswer: return (fr: "Sans réponse", en: "No answer")
        case .noInterviewer: return (fr: "(non renseigné)", en: "(not given)")
        case .minimum: return (fr: "Minimum", en: "Minimum")
        case .median: return (fr: "Médiane", en: "Median")
        case .maximum: return (fr: "Maximum", en: "Maximum")
        case .count: return (fr: "Effectif", en: "Count")
        case .completed: return (fr: "terminé", en: "completed")
        case .paused: return (fr: "en pause", en: "paused")
        case .inProgress: return (fr: "en cours", en: "in progress")
        case .excluded(let count):
            return count == 1
                ? (fr: "1 cas laissé de côté : pas de consentement à la publication.", en: "1 case left out: no consent to publication.")
                : (fr: "\(count) cas laissés de côté : pas de consentement à la publication.", en: "\(count) cases left out: no consent to publication.")
        case .caseCount(let count): return (fr: "\(count) cas", en: count == 1 ? "1 case" : "\(count) cases")
        case .excludedReason: return (fr: "no_publication_consent", en: "no_publication_consent")
        case .caseSingular: return (fr: "cas", en: "case")
        case .casePlural: return (fr: "cas", en: "cases")
        case .mentionsByCases(let mentions, let cases, let caseWord):
            // French: singular for 0 and 1; English: for 1 alone.
            return (fr: "\(mentions) \(mentions <= 1 ? "mention" : "mentions") par \(cases) \(caseWord)",
                    en: "\(mentions) \(mentions == 1 ? "mention" : "mentions") by \(cases) \(caseWord)")
        }
    }
}
