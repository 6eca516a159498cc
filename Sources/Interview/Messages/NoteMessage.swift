import Grid

/// What the session says about notes, quotes and markers, in French and English side by side.
enum NoteMessage: MessageCatalogue {
    case none
    case note(number: Int, text: String)
    case quote(number: Int, text: String)
    case corrected(number: Int)
    case removed(number: Int)
    case noSuchNote(count: Int)
    case markSaved

    var wording: Wording {
        switch self {
        case .none:
            return (fr: "Aucune note ni citation à cette question.", en: "No notes or quotes at this question.")
        case .note(let number, let text):
            return (fr: "  \(number). Note : \(text)", en: "  \(number). Note: \(text)")
        case .quote(let number, let text):
            return (fr: "  \(number). Citation : « \(text) »", en: "  \(number). Quote: \"\(text)\"")
        case .corrected(let number):
            return (fr: "Note \(number) corrigée.", en: "Note \(number) corrected.")
        case .removed(let number):
            return (fr: "Note \(number) retirée.", en: "Note \(number) removed.")
        case .noSuchNote(let count) where count == 0:
            return (fr: "Aucune note ni citation à cette question : rien à corriger ni à retirer.",
                    en: "No notes or quotes at this question: nothing to edit or remove.")
        case .noSuchNote(let count):
            return (fr: "Tapez le numéro d'une note de 1 à \(count), par exemple /corriger 1 nouveau texte ou /retirer 1 ; /notes les liste.",
                    en: "Type the number of a note from 1 to \(count), for example /edit 1 new text or /remove 1; /notes lists them.")
        case .markSaved:
            return (fr: "Repère enregistré.", en: "Marker saved.")
        }
    }
}
