import ArgumentParser
import Grid

/// What the argument parser says (its errors, the words of `--help`) and the errors of the
/// commands' `validate()`, in French and English side by side. swift-argument-parser speaks
/// English only: `ArgumentParserFrench` puts its sentences into these.
enum ArgumentMessage: MessageCatalogue {
    // The parser's own sentences.
    case error(String)
    case missingArgument(String)
    case unknownOption(String)
    case missingValue(String)
    case invalidValue(value: String, option: String, choices: String)
    case unexpectedArgument(String)
    case unexpectedArguments(count: String, list: String)
    case argumentHelp(String)
    case usage(String)
    case seeHelp(command: String)
    case seeDetailedHelp(command: String)
    case overviewHeader, usageHeader, argumentsHeader, optionsHeader, subcommandsHeader
    case showHelp, showVersion
    // The commands' checks before running.
    case langValue(String)
    case nameAGrid
    case casesOrAll
    case csvOptionsNeedCSV
    case withNotesNeedsMarkdown
    case withTimesNeedsMarkdown
    case includeUnpublishedNeedsMarkdown
    case keepNotesNeedsAnonymise
    case qdcTakesNoCases
    case notASlug(String)
    /// An interviewer's name holding control characters (it goes into the journal's header).
    case interviewerControl(String)

    var wording: Wording {
        switch self {
        case .error(let text): return (fr: "Erreur : \(text)", en: "Error: \(text)")
        case .missingArgument(let name): return (fr: "Argument attendu manquant : \(name)", en: "Missing expected argument '\(name)'")
        case .unknownOption(let name): return (fr: "Option inconnue : \(name)", en: "Unknown option '\(name)'")
        case .missingValue(let name): return (fr: "Valeur manquante pour \(name)", en: "Missing value for '\(name)'")
        case .invalidValue(let value, let option, let choices):
            return (fr: "La valeur « \(value) » n'est pas valide pour \(option). Donnez l'une de ces valeurs : \(choices).",
                    en: "The value '\(value)' is invalid for '\(option)'. Please provide one of \(choices).")
        case .unexpectedArgument(let name): return (fr: "Argument inattendu : \(name)", en: "Unexpected argument '\(name)'")
        case .unexpectedArguments(let count, let list): return (fr: "\(count) arguments inattendus : \(list)", en: "\(count) unexpected arguments: \(list)")
        case .argumentHelp(let text): return (fr: "Aide : \(text)", en: "Help: \(text)")
        case .usage(let text): return (fr: "Utilisation : \(text)", en: "Usage: \(text)")
        case .seeHelp(let command): return (fr: "  Voir « \(command) --help » pour en savoir plus.", en: "  See '\(command) --help' for more information.")
        case .seeDetailedHelp(let command):
            return (fr: "  Voir « \(command) help <sous-commande> » pour l'aide détaillée.", en: "  See '\(command) help <subcommand>' for detailed help.")
        case .overviewHeader: return (fr: "APERÇU :", en: "OVERVIEW:")
        case .usageHeader: return (fr: "UTILISATION :", en: "USAGE:")
        case .argumentsHeader: return (fr: "ARGUMENTS :", en: "ARGUMENTS:")
        case .optionsHeader: return (fr: "OPTIONS :", en: "OPTIONS:")
        case .subcommandsHeader: return (fr: "SOUS-COMMANDES :", en: "SUBCOMMANDS:")
        case .showHelp: return (fr: "Afficher l'aide.", en: "Show help information.")
        case .showVersion: return (fr: "Afficher la version.", en: "Show the version.")
        case .langValue(let lang): return (fr: "--lang prend fr ou en, pas « \(lang) ».", en: "--lang takes fr or en, not '\(lang)'.")
        case .nameAGrid: return (fr: "Nommez au moins un fichier de grille.", en: "Name at least one grid file.")
        case .casesOrAll:
            return (fr: "Nommez les cas à exporter, ou donnez --all (pas les deux).", en: "Name the cases to export, or give --all (not both).")
        case .qdcTakesNoCases:
            return (fr: "--format qdc écrit le livre de codes seul (celui de --grid, ou de la grille intégrée) : ne nommez pas de cas et ne donnez pas --all.",
                    en: "--format qdc writes the codebook alone (of --grid, or of the built-in grid): name no case and do not give --all.")
        case .csvOptionsNeedCSV:
            return (fr: "--labels, --excel, --raw et --long vont avec --format csv.", en: "--labels, --excel, --raw and --long go with --format csv.")
        case .withNotesNeedsMarkdown: return (fr: "--with-notes va avec --format markdown.", en: "--with-notes goes with --format markdown.")
        case .includeUnpublishedNeedsMarkdown:
            return (fr: "--include-unpublished va avec --format markdown : JSON et CSV gardent tous les cas, avec leur consentement.",
                    en: "--include-unpublished goes with --format markdown: JSON and CSV keep every case, with its consent.")
        case .withTimesNeedsMarkdown: return (fr: "--with-times va avec --format markdown.", en: "--with-times goes with --format markdown.")
        case .keepNotesNeedsAnonymise: return (fr: "--keep-notes va avec --anonymise.", en: "--keep-notes goes with --anonymise.")
        case .interviewerControl(let name):
            return (fr: "Le nom de l'intervieweur·e « \(name) » contient des caractères de contrôle : tapez-le sans eux.",
                    en: "The interviewer's name '\(name)' holds control characters: type it without them.")
        case .notASlug(let id):
            return (fr: "L'identifiant de cas « \(id) » n'est pas valide : lettres minuscules, chiffres, « . », « _ » ou « - », en commençant par une lettre ou un chiffre (p. ex. coop-alina).",
                    en: "The case id '\(id)' is not a slug: use lower-case letters, digits, '.', '_' or '-', starting with a letter or digit (e.g. coop-alina).")
        }
    }

    /// The message as a `validate()` error, in the interface language read before parsing.
    var validationError: ValidationError { ValidationError(text(in: InterfaceLanguage.current)) }
}
