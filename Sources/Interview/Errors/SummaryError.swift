import Grid

/// Why `interview summary` refuses its arguments.
enum SummaryError: UserFacingError, MessageCatalogue, Equatable {
    /// `--theme` names an id no codebook of the cases has.
    case unknownTheme(id: String, suggestion: String?)
    /// `--agreement` needs exactly two coders, and two different ones.
    case agreementCoders(given: Int)

    var wording: Wording {
        switch self {
        case .unknownTheme(let id, let suggestion?):
            return (fr: "Thème « \(id) » inconnu du livre de codes : vouliez-vous dire « \(suggestion) » ?",
                    en: "Theme '\(id)' is not in the codebook: did you mean '\(suggestion)'?")
        case .unknownTheme(let id, nil):
            return (fr: "Thème « \(id) » inconnu du livre de codes : interview grid show liste les thèmes.",
                    en: "Theme '\(id)' is not in the codebook: interview grid show lists the themes.")
        case .agreementCoders(let given):
            return (fr: "--agreement attend deux codeur·euse·s différent·e·s (\(given) donné·e·s) : --agreement ana leo.",
                    en: "--agreement takes two different coders (\(given) given): --agreement ana leo.")
        }
    }

    /// Bad command-line arguments: usage.
    var exitCode: ExitStatus { .usage }
}
