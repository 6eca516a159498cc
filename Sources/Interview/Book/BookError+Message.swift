import Grid

extension BookError {
    var wording: Wording {
        switch self {
        case .synthesesNotFound(let path):
            return (fr: "Dossier des synthèses introuvable : \(path).", en: "Syntheses folder not found: \(path).")
        case .synthesisNotRegular(let path):
            return (fr: "\(path) n'est pas un fichier ordinaire (lien symbolique, dossier…) : interview ne suit pas les liens.",
                    en: "\(path) is not a regular file (a symbolic link, a folder…): interview does not follow links.")
        case .synthesisTooLarge(let path, let limit):
            return (fr: "\(path) dépasse \(limit / 1024) Kio : ce n'est pas une synthèse.",
                    en: "\(path) is larger than \(limit / 1024) KiB: not a synthesis.")
        case .synthesisNotText(let path):
            return (fr: "\(path) n'est pas du texte UTF-8.", en: "\(path) is not UTF-8 text.")
        case .synthesisUnreadable(let path, let reason):
            return (fr: "Lecture impossible de \(path) : \(reason).", en: "Cannot read \(path): \(reason).")
        }
    }
}
