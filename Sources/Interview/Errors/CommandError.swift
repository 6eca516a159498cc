import Grid

/// Why a command stops that is neither the library's nor the output's doing.
enum CommandError: UserFacingError, MessageCatalogue, Equatable {
    /// A case id with no journal in the responses folder.
    case noCase(id: String, folder: String)
    /// `delete` without `--yes` and no terminal to ask on.
    case deletionNotConfirmed
    /// Piped input stopped a session: an invalid answer, an unknown command or a line that is not UTF-8.
    case invalidInput(line: Int, question: String, message: String)

    /// One sentence saying what stopped the command and what to do.
    var wording: Wording {
        switch self {
        case .noCase(let id, let folder):
            return (fr: "Aucun cas « \(id) » dans \(folder) : interview list montre les cas.",
                    en: "No case '\(id)' in \(folder): interview list shows the cases.")
        case .deletionNotConfirmed:
            return (fr: "Suppression non confirmée : ajoutez --yes pour supprimer sans question.",
                    en: "Deletion not confirmed: add --yes to delete without a question.")
        case .invalidInput(let line, let question, let message):
            return (fr: "Ligne \(line) de l'entrée, question « \(question) » : \(message) Les réponses précédentes sont enregistrées.",
                    en: "Input line \(line), question '\(question)': \(message) The answers before it are saved.")
        }
    }

    /// The exit status: no input for a missing case, usage for an unconfirmed deletion, bad data for refused input.
    var exitCode: ExitStatus {
        switch self {
        case .noCase: return .noInput
        case .deletionNotConfirmed: return .usage
        case .invalidInput: return .dataError
        }
    }
}
