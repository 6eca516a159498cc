extension GridLoadError: UserFacingError, MessageCatalogue {
    /// A missing or unreadable file in one sentence; an invalid grid as its issues, one a line.
    public var wording: Wording {
        switch self {
        case .fileNotFound(let path):
            return (fr: "Grille introuvable : \(path) n'existe pas.", en: "Grid not found: \(path) does not exist.")
        case .unreadable(let path, let reason):
            return (fr: "Impossible de lire la grille \(path) : \(reason).", en: "Cannot read the grid \(path): \(reason).")
        case .invalid(_, let issues):
            return (fr: issues.map { $0.description(in: .fr) }.joined(separator: "\n"),
                    en: issues.map { $0.description(in: .en) }.joined(separator: "\n"))
        }
    }

    /// The sentence of a missing or unreadable file; every issue of an invalid grid, one per line
    /// (`FILE:LINE:COL: message`).
    public func messageLines(in language: Language) -> [String] {
        if case .invalid(_, let issues) = self { return issues.map { $0.description(in: language) } }
        return [text(in: language)]
    }

    /// No input for a missing file, an I/O error for an unreadable one, bad data for an invalid grid.
    public var exitCode: ExitStatus {
        switch self {
        case .fileNotFound: return .noInput
        case .unreadable: return .ioError
        case .invalid: return .dataError
        }
    }
}
