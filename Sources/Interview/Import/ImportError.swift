import Grid

/// Why `interview import` refused, before anything was copied.
enum ImportError: UserFacingError, MessageCatalogue, Equatable {
    /// The same case id with the same UUID, but neither journal is the start of the other.
    case diverged(ours: String, theirs: String)
    /// The same case id for another case (another UUID), and no `--rename`.
    case otherCase(ours: String, theirs: String)
    /// The grid copy a journal follows is neither in its folder nor here, nor the built-in grid.
    case gridMissing(journal: String, copy: String)
    /// A grid copy whose text no longer has the SHA-256 it is named by.
    case gridTampered(path: String)
    /// A journal whose last line was cut (its session was killed while writing): resume it first.
    case tornJournal(path: String)

    /// One sentence saying what was refused and what to do.
    var wording: Wording {
        switch self {
        case .diverged(let ours, let theirs):
            return (fr: "\(theirs) et \(ours) sont le même cas mais ont divergé (aucun n'est le début de l'autre) : rien n'est importé ; comparez-les avec interview show.",
                    en: "\(theirs) and \(ours) are the same case but have diverged (neither is the start of the other): nothing imported; compare them with interview show.")
        case .otherCase(let ours, let theirs):
            return (fr: "\(theirs) porte le même identifiant que \(ours) mais c'est un autre cas (autre UUID) : rien n'est importé ; --rename lui donne un identifiant libre.",
                    en: "\(theirs) has the same id as \(ours) but is another case (another UUID): nothing imported; --rename gives it a free id.")
        case .gridMissing(let journal, let copy):
            return (fr: "La copie de grille de \(journal) manque (\(copy)) : rien n'est importé ; copiez aussi le dossier .grids.",
                    en: "The grid copy of \(journal) is missing (\(copy)): nothing imported; copy the .grids folder too.")
        case .gridTampered(let path):
            return (fr: "La copie de grille \(path) ne correspond plus à son SHA-256 (modifiée) : rien n'est importé.",
                    en: "The grid copy \(path) no longer matches its SHA-256 (edited): nothing imported.")
        case .tornJournal(let path):
            return (fr: "La dernière ligne de \(path) est coupée : reprenez ce cas (interview resume) dans son dossier avant de l'importer ; rien n'est importé.",
                    en: "The last line of \(path) is cut: resume that case (interview resume) in its folder before importing it; nothing imported.")
        }
    }

    /// The exit status: missing grid copies are not found, everything else is bad data.
    var exitCode: ExitStatus {
        switch self {
        case .gridMissing: return .noInput
        case .diverged, .otherCase, .gridTampered, .tornJournal: return .dataError
        }
    }
}
