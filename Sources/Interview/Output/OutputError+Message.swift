import Grid

extension OutputError: UserFacingError, MessageCatalogue {
    /// One sentence saying what went wrong and what to do; none for a reader gone away.
    var wording: Wording {
        switch self {
        case .brokenPipe:
            return (fr: "", en: "")
        case .failed(let path, let reason):
            return (fr: "Impossible d'écrire dans \(path) (\(reason)) : la sortie est incomplète ; libérez de l'espace ou choisissez une autre destination, puis réessayez.",
                    en: "Could not write to \(path) (\(reason)): the output is incomplete; free some space or choose another destination, then try again.")
        case .cannotCreate(let path, let reason):
            return (fr: "Impossible de créer \(path) (\(reason)) : rien n'est écrit ; vérifiez que le dossier existe et que vous pouvez y écrire, ou choisissez une autre destination.",
                    en: "Could not create \(path) (\(reason)): nothing is written; check that the folder exists and that you may write in it, or choose another destination.")
        case .unsuitable(let path, let kind):
            return (fr: "\(path) est \(kind.text(in: .fr)) : l'export ne remplace que des fichiers ordinaires ; donnez à --output le chemin d'un fichier ou d'un dossier, ou - pour la sortie standard.",
                    en: "\(path) is \(kind.text(in: .en)): an export only replaces regular files; give --output the path of a file or a folder, or - for standard output.")
        case .temporaryFolder(let path, let reason):
            return (fr: "Impossible d'utiliser le dossier temporaire \(path) (\(reason)) : rien n'est écrit ; libérez-y de l'espace, ou indiquez avec TMPDIR un dossier où vous pouvez écrire, puis réessayez.",
                    en: "Could not use the temporary folder \(path) (\(reason)): nothing is written; free some space there, or point TMPDIR at a folder you may write in, then try again.")
        case .duplicateName(let path):
            return (fr: "Deux cas s'écriraient dans le même fichier \(path) (des journaux copiés partagent leur UUID) : exportez-les séparément ou sans --anonymise.",
                    en: "Two cases would be written to the same file \(path) (copied journals share their UUID): export them separately or without --anonymise.")
        }
    }

    /// The sentence as the one line to show; nothing when the reader went away, nobody is reading.
    func messageLines(in language: Language) -> [String] {
        self == .brokenPipe ? [] : [text(in: language)]
    }

    /// The exit status: an I/O error for write failures, cannot create for an unsuitable destination.
    var exitCode: ExitStatus {
        switch self {
        case .unsuitable, .duplicateName, .cannotCreate: return .cannotCreate
        case .brokenPipe, .failed, .temporaryFolder: return .ioError
        }
    }
}
