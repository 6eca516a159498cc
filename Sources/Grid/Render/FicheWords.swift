/// The few words and marks a fiche adds around the answers, in French or English.
struct FicheWords: Sendable {
    let language: Language

    /// The last section, for answers no case_file entry names.
    var otherAnswers: String {
        language == .fr ? "Autres réponses de l'entretien" : "Other answers from the interview"
    }

    /// The section for notes and quotes taken outside any question.
    var notes: String { "Notes" }

    func yesNo(_ value: Bool) -> String {
        switch language {
        case .fr: return value ? "Oui" : "Non"
        case .en: return value ? "Yes" : "No"
        }
    }

    /// `Label : ` in French (space before the colon), `Label: ` in English.
    func labelled(_ label: String) -> String {
        label + colon + " "
    }

    /// `Label :` or `Label:`, for a label over a list.
    func listLabel(_ label: String) -> String {
        label + colon
    }

    /// The start of a note line: `Note : ` or `Note: `.
    var notePrefix: String { labelled("Note") }

    /// The language's quotation marks: `« … »` or `"…"`.
    var quoteMarks: (open: String, close: String) {
        language == .fr ? ("« ", " »") : ("\"", "\"")
    }

    private var colon: String { language == .fr ? " :" : ":" }
}
