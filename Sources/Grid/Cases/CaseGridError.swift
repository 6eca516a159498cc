/// Why the grid of a case could not be found again.
public enum CaseGridError: Error, Sendable, Equatable {
    /// Neither the kept copy nor a grid with the same id and SHA-256 is at hand.
    case missing(caseID: String, grid: String, sha256: String, copyPath: String)
    /// The kept copy exists but does not load.
    case invalidCopy(GridLoadError)
    /// The kept copy's text no longer has the SHA-256 it is named by: it was edited or damaged.
    /// `builtIn` when that SHA-256 is the built-in grid's, which can stand in once the copy is removed.
    case alteredCopy(caseID: String, path: String, builtIn: Bool)
    /// The kept copy could not be read (a link in its place, an I/O error).
    case unreadableCopy(JournalError)
    /// `resume --grid`: questions answered in the case are not in the new grid.
    case questionsMissing(caseID: String, file: String, ids: [String])
}
