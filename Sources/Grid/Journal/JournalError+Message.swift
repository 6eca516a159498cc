extension JournalError: UserFacingError, MessageCatalogue {
    /// One sentence naming the file, line or value concerned and saying what to do.
    ///
    /// Control characters in paths and values are shown as `\u{…}`, so a hostile name cannot
    /// disturb the terminal.
    public func message(in language: Language) -> String {
        Self.printable(text(in: language))
    }

    /// The sentence in French and in English, as it is before control characters are escaped.
    public var wording: Wording {
        switch self {
        case .notFound(let path):
            return (fr: "Le fichier \(path) n'existe pas : vérifiez l'identifiant du cas et le dossier des réponses (`interview list` affiche les cas).",
                    en: "The file \(path) does not exist: check the case id and the responses directory (`interview list` shows the cases).")
        case .alreadyExists(let path):
            let id = Self.caseID(in: path)
            return (fr: "Le cas « \(id) » existe déjà (\(path)) : reprenez-le avec `interview resume \(id)` ou choisissez un autre identifiant.",
                    en: "Case '\(id)' already exists (\(path)): resume it with `interview resume \(id)` or choose another id.")
        case .locked(let id, let path):
            return (fr: "Le cas « \(id) » est déjà ouvert dans une autre session (\(path)) : fermez-la d'abord.",
                    en: "Case '\(id)' is already open in another session (\(path)): close it first.")
        case .invalidCaseID(let text):
            let example = Slug.make(text)
            return (fr: "« \(text) » n'est pas un identifiant de cas valide : utilisez des minuscules, chiffres, `.`, `_` ou `-`, en commençant par une lettre ou un chiffre (par exemple « \(example ?? "entretien-01") »).",
                    en: "'\(text)' is not a valid case id: use lower-case letters, digits, `.`, `_` or `-`, starting with a letter or digit (for example '\(example ?? "interview-01")').")
        case .empty(let path):
            let id = Self.caseID(in: path)
            return (fr: "Le journal \(path) est vide (il n'a pas d'en-tête) : sa création a été interrompue ; supprimez-le avec `interview delete \(id)`.",
                    en: "The journal \(path) is empty (it has no header): its creation was interrupted; remove it with `interview delete \(id)`.")
        case .badHeader(let path, let problem):
            return (fr: "La ligne 1 de \(path) n'est pas un en-tête de journal (\(problem.text(in: .fr))) : restaurez ce fichier depuis une sauvegarde, ou vérifiez qu'il s'agit bien d'un journal d'entretien.",
                    en: "Line 1 of \(path) is not a journal header (\(problem.text(in: .en))): restore the file from a backup, or check that it is an interview journal.")
        case .unsupportedFormat(let path, let format):
            return (fr: "Le journal \(path) est au format \(format), que cette version d'interview ne lit pas (format \(JournalHeader.currentFormat)) : mettez le programme à jour.",
                    en: "The journal \(path) uses format \(format), which this version of interview cannot read (format \(JournalHeader.currentFormat)): update the program.")
        case .corruptLine(let path, let line):
            return (fr: "La ligne \(line) de \(path) n'est pas un événement de journal valide : corrigez ou retirez cette ligne dans un éditeur de texte (après en avoir gardé une copie), puis réessayez.",
                    en: "Line \(line) of \(path) is not a valid journal event: fix or remove that line in a text editor (after keeping a copy), then try again.")
        case .writeFailed(let path, let reason):
            return (fr: "Impossible d'écrire dans \(path) (\(reason)) : rien n'a été enregistré à moitié ; libérez de l'espace disque puis réessayez.",
                    en: "Could not write to \(path) (\(reason)): nothing was half-written; free some disk space, then try again.")
        case .caseMismatch(let path, let headerID):
            let id = Self.caseID(in: path)
            return (fr: "Le journal \(path) est au nom du cas « \(headerID) » dans son en-tête, pas « \(id) » : c'est une copie ou un fichier renommé ; redonnez-lui son nom \(headerID).jsonl (s'il n'existe pas déjà) ou retirez-le du dossier des réponses.",
                    en: "The journal \(path) names case '\(headerID)' in its header, not '\(id)': it is a copy or a renamed file; give it back its name \(headerID).jsonl (unless that exists already) or move it out of the responses folder.")
        case .notRegularFile(let path):
            return (fr: "\(path) n'est pas un fichier ordinaire (lien symbolique, dossier ou périphérique) : interview ne suit pas les liens dans le dossier des réponses ; remplacez-le par le fichier lui-même ou retirez-le.",
                    en: "\(path) is not a regular file (a symbolic link, folder or device): interview does not follow links in the responses folder; replace it with the file itself or move it out.")
        case .beingCreated(let id, let path):
            return (fr: "Le cas « \(id) » est en cours de création dans une autre session (\(path)) : réessayez dans un instant.",
                    en: "Case '\(id)' is being created in another session (\(path)): try again in a moment.")
        case .tooLarge(let path, let limit):
            let megabytes = limit >> 20
            return (fr: "\(path) dépasse \(megabytes) Mo, plus qu'aucun journal ni aucune grille : ce fichier a été endommagé ou déposé là ; retirez-le du dossier des réponses.",
                    en: "\(path) is over \(megabytes) MB, more than any journal or grid: the file was damaged or planted; move it out of the responses folder.")
        case .noDirectory(let path):
            return (fr: "Le dossier des réponses \(path) n'existe pas : vérifiez --responses (ou INTERVIEW_RESPONSES) ; `interview new` le crée.",
                    en: "The responses folder \(path) does not exist: check --responses (or INTERVIEW_RESPONSES); `interview new` creates it.")
        case .ioError(let path, let operation, let reason):
            return (fr: "Erreur d'entrée-sortie sur \(path) pendant `\(operation)` (\(reason)) : vérifiez le disque et les droits d'accès, puis réessayez.",
                    en: "I/O error on \(path) during `\(operation)` (\(reason)): check the disk and the access rights, then try again.")
        }
    }

    /// The message, as the one line to show.
    public func messageLines(in language: Language) -> [String] {
        [message(in: language)]
    }

    /// The exit status for this error.
    public var exitCode: ExitStatus {
        switch self {
        case .invalidCaseID: return .usage
        case .empty, .badHeader, .unsupportedFormat, .corruptLine, .caseMismatch, .notRegularFile, .tooLarge: return .dataError
        case .notFound, .noDirectory: return .noInput
        case .alreadyExists, .writeFailed: return .cannotCreate
        case .ioError: return .ioError
        case .locked, .beingCreated: return .tempFail
        }
    }

    /// The case id a journal path belongs to: its file name without `.jsonl`.
    private static func caseID(in path: String) -> String {
        let name = path.split(separator: "/").last.map(String.init) ?? path
        return name.hasSuffix(".jsonl") ? String(name.dropLast(".jsonl".count)) : name
    }

    /// The text with control characters shown as `\u{…}`, so that it cannot disturb the terminal.
    private static func printable(_ text: String) -> String {
        var result = ""
        for scalar in text.unicodeScalars {
            if scalar.properties.generalCategory == .control || scalar.properties.generalCategory == .format {
                result += "\\u{\(String(scalar.value, radix: 16))}"
            } else {
                result.unicodeScalars.append(scalar)
            }
        }
        return result
    }
}
