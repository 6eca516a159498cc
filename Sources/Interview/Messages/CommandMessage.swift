import Grid

/// What the commands say besides their errors, in French and English side by side.
enum CommandMessage: MessageCatalogue {
    // new
    case caseChosen(id: String)
    case caseIDPrompt
    case invalidCaseID(id: String)
    case caseExists(id: String)
    // resume
    case gridMoved(grid: String, version: Int)
    case tornTailSetAside(path: String)
    case permissionsFixed
    // delete
    case confirmDeletion(caseID: String)
    case nothingDeleted
    case deleted(caseID: String)
    // list, export, show
    case noCaseIn(folder: String)
    case skippedNotRegular(path: String)
    case tornTailIgnored(caseID: String, path: String)
    /// A fiche left out of `export --format markdown` or `show`: no consent to publish it.
    case unpublishedLeftOut(caseID: String)
    // grid check
    case gridValid(path: String, grid: String, version: Int, sections: Int, questions: Int, themes: Int)
    // summary
    /// The legend of the terminal bar chart of mentions per theme.
    case chartLegend

    var wording: Wording {
        switch self {
        case .caseChosen(let id):
            return (fr: "Cas : \(id)", en: "Case: \(id)")
        case .caseIDPrompt:
            return (fr: "Identifiant du cas : ", en: "Case id: ")
        case .invalidCaseID(let id):
            return (fr: "« \(id) » n'est pas un identifiant valide : minuscules, chiffres, « . », « _ » ou « - ».",
                    en: "'\(id)' is not a valid id: lower-case letters, digits, '.', '_' or '-'.")
        case .caseExists(let id):
            return (fr: "Le cas « \(id) » existe déjà : choisissez un autre identifiant ou interview resume \(id).",
                    en: "Case '\(id)' already exists: choose another id, or interview resume \(id).")
        case .gridMoved(let grid, let version):
            return (fr: "Le cas passe à la grille \(grid) v\(version).", en: "The case moves to grid \(grid) v\(version).")
        case .tornTailSetAside(let path):
            return (fr: "La dernière ligne du journal était incomplète (arrêt brutal) : ses octets sont mis de côté dans \(path) ; toutes les réponses complètes sont gardées.",
                    en: "The journal's last line was incomplete (abrupt stop): its bytes are set aside in \(path); every complete answer is kept.")
        case .permissionsFixed:
            return (fr: "Le journal était lisible par d'autres utilisateurs : ses droits sont ramenés à 0600.",
                    en: "The journal was readable by other users: its permissions are set back to 0600.")
        case .confirmDeletion(let caseID):
            return (fr: "Supprimer définitivement le cas « \(caseID) » et toutes ses réponses? Tapez l'identifiant du cas pour confirmer : ",
                    en: "Delete case '\(caseID)' and all its answers for good? Type the case id to confirm: ")
        case .nothingDeleted:
            return (fr: "Rien n'est supprimé.", en: "Nothing deleted.")
        case .deleted(let caseID):
            return (fr: "Cas « \(caseID) » supprimé.", en: "Case '\(caseID)' deleted.")
        case .noCaseIn(let folder):
            return (fr: "Aucun cas dans \(folder).", en: "No case in \(folder).")
        case .skippedNotRegular(let path):
            return (fr: "Ignoré : \(path) n'est pas un fichier ordinaire (lien symbolique ou dossier) ; interview ne suit pas les liens.",
                    en: "Skipped: \(path) is not a regular file (a symbolic link or folder); interview does not follow links.")
        case .unpublishedLeftOut(let caseID):
            return (fr: "Fiche de \(caseID) non écrite : la personne interviewée n'a pas consenti à sa publication ; avec --include-unpublished, elle est écrite et marquée « Ne pas publier ».",
                    en: "No fiche for \(caseID): the respondent did not consent to its publication; with --include-unpublished it is written, marked \"Not for publication\".")
        case .tornTailIgnored(let caseID, let path):
            return (fr: "Attention : la dernière ligne de \(path) est incomplète (arrêt brutal) et n'est pas lue ; interview resume \(caseID) la met de côté.",
                    en: "Warning: the last line of \(path) is incomplete (abrupt stop) and is not read; interview resume \(caseID) sets it aside.")
        case .gridValid(let path, let grid, let version, let sections, let questions, let themes):
            return (fr: "\(path) : grille « \(grid) » v\(version) correcte — \(sections) sections, \(questions) questions, \(themes) thèmes.",
                    en: "\(path): grid '\(grid)' v\(version) is valid — \(sections) sections, \(questions) questions, \(themes) themes.")
        case .chartLegend:
            return (fr: "Mentions par thème : █░ mentions, █ cas distincts (mentions · cas)",
                    en: "Mentions per theme: █░ mentions, █ distinct cases (mentions · cases)")
        }
    }
}
