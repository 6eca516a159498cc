import Grid

extension QDAError: UserFacingError, MessageCatalogue {
    var wording: Wording {
        switch self {
        case .binaryToTerminal(let example):
            return (fr: "Un fichier \(example) est une archive ZIP : il n'est pas écrit dans le terminal ; donnez --output \(example), ou redirigez la sortie standard.",
                    en: "A \(example) file is a ZIP archive: it is not written to the terminal; give --output \(example), or redirect standard output.")
        case .noCodebook(let grid):
            return (fr: "La grille \(grid) n'a pas de livre de codes (codebook:) : il n'y a rien à écrire dans le .qdc.",
                    en: "The grid \(grid) has no codebook (codebook:): there is nothing to write in the .qdc.")
        case .archive(let reason):
            return (fr: "Impossible de construire l'archive QDPX (\(reason)) : rien n'est écrit.",
                    en: "Could not build the QDPX archive (\(reason)): nothing is written.")
        }
    }

    /// Usage for a terminal as destination, data error for a grid without codebook, I/O otherwise.
    var exitCode: ExitStatus {
        switch self {
        case .binaryToTerminal: return .usage
        case .noCodebook: return .dataError
        case .archive: return .ioError
        }
    }
}
