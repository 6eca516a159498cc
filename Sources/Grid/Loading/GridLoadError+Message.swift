extension GridLoadError: UserFacingError {
    /// A missing or unreadable file in one sentence; an invalid grid as every issue, one per line
    /// (`FILE:LINE:COL: message`).
    public func messageLines(in language: Language) -> [String] {
        let fr = language == .fr
        switch self {
        case .fileNotFound(let path):
            return [fr ? "Grille introuvable : \(path) n'existe pas." : "Grid not found: \(path) does not exist."]
        case .unreadable(let path, let reason):
            return [fr ? "Impossible de lire la grille \(path) : \(reason)." : "Cannot read the grid \(path): \(reason)."]
        case .invalid(_, let issues):
            return issues.map { $0.description(in: language) }
        }
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
