/// The words a case record's answers are shown with (fiche, CSV, the session's display), in
/// French and English side by side.
enum RecordWord: MessageCatalogue {
    /// A yes/no answer as a fiche, the session or a CSV under `--labels` shows it.
    case yes, no
    /// A yes/no answer as typed, in the edit line.
    case typedYes, typedNo
    /// What follows a question's label in the header of its status column, under `--labels`.
    case statusColumn
    /// A fiche's last section, for answers no `case_file` entry names.
    case otherAnswers
    /// A fiche's section for notes and quotes taken outside any question, and a note's label.
    case notes, note
    /// What follows a label: ` :` in French (a space before the colon), `:` in English.
    case colon
    /// The quotation marks around a quote.
    case openingQuote, closingQuote
    /// A fiche's section for the markers dropped for the recording (`/repère`).
    case marks
    /// Under the title of a fiche whose interview is not finished.
    case inProgress
    /// Under the title of a fiche printed without the respondent's consent to publish it.
    case notForPublication

    var wording: Wording {
        switch self {
        case .yes: return (fr: "Oui", en: "Yes")
        case .no: return (fr: "Non", en: "No")
        case .typedYes: return (fr: "oui", en: "yes")
        case .typedNo: return (fr: "non", en: "no")
        case .statusColumn: return (fr: " (statut)", en: " (status)")
        case .otherAnswers: return (fr: "Autres réponses de l'entretien", en: "Other answers from the interview")
        case .notes: return (fr: "Notes", en: "Notes")
        case .note: return (fr: "Note", en: "Note")
        case .colon: return (fr: " :", en: ":")
        case .openingQuote: return (fr: "« ", en: "\"")
        case .closingQuote: return (fr: " »", en: "\"")
        case .marks: return (fr: "Repères de l'enregistrement", en: "Recording markers")
        case .inProgress: return (fr: "Entretien en cours : cette fiche est incomplète.",
                                  en: "Interview in progress: this case sheet is incomplete.")
        case .notForPublication: return (fr: "Ne pas publier : la personne interviewée n'a pas consenti à la publication de cette fiche.",
                                         en: "Not for publication: the respondent did not consent to publishing this case sheet.")
        }
    }
}
