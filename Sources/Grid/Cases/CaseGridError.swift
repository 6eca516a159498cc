/// Why the grid of a case could not be found again.
public enum CaseGridError: Error, Sendable, Equatable {
    /// Neither the kept copy nor a grid with the same id and SHA-256 is at hand.
    case missing(caseID: String, grid: String, sha256: String, copyPath: String)
    /// The kept copy exists but does not load.
    case invalidCopy(GridLoadError)
    /// `resume --grid`: questions answered in the case are not in the new grid.
    case questionsMissing(caseID: String, file: String, ids: [String])

    /// One sentence saying what is wrong and what to do.
    public func message(in language: Language) -> String {
        let fr = language == .fr
        switch self {
        case .missing(let caseID, let grid, let sha, let path):
            return fr ? "La grille du cas « \(caseID) » (\(grid), SHA-256 \(sha.prefix(12))…) est introuvable : \(path) manque ; redonnez ce fichier de grille avec --grid."
                : "The grid of case '\(caseID)' (\(grid), SHA-256 \(sha.prefix(12))…) cannot be found: \(path) is missing; give that grid file with --grid."
        case .invalidCopy(let error):
            if case .invalid(let file, let issues) = error, let first = issues.first {
                return fr ? "La copie de grille \(file) est invalide : \(first.description(in: language))"
                    : "The grid copy \(file) is invalid: \(first.description(in: language))"
            }
            return fr ? "La copie de grille est illisible." : "The grid copy cannot be read."
        case .questionsMissing(let caseID, let file, let ids):
            let list = ids.joined(separator: ", ")
            return fr ? "Le cas « \(caseID) » ne peut pas passer à la grille \(file) : ces questions répondues n'y sont plus : \(list)."
                : "Case '\(caseID)' cannot move to the grid \(file): these answered questions are not in it: \(list)."
        }
    }

    /// The sysexits code: 66 for a missing grid, 65 for bad data.
    public var exitCode: Int32 {
        if case .missing = self { return 66 }
        return 65
    }
}
