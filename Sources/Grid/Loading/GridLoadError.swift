/// Why a grid could not be loaded: a missing or unreadable file, or the problems found in it.
public enum GridLoadError: Error, Sendable, Equatable {
    case fileNotFound(path: String)
    case unreadable(path: String, reason: String)
    /// Every problem found, in file order.
    case invalid(file: String, issues: [GridIssue])
}
