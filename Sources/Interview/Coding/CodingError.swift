import Grid

/// Why `interview code` cannot start on a case.
enum CodingError: UserFacingError, MessageCatalogue, Equatable {
    /// The case's grid has no codebook: there is no id to code with.
    case noCodebook(caseID: String, grid: String)

    var wording: Wording {
        switch self {
        case .noCodebook(let caseID, let grid):
            return (fr: "La grille « \(grid) » du cas « \(caseID) » n'a pas de livre de codes (codebook:) : il n'y a rien à coder avec.",
                    en: "Grid '\(grid)' of case '\(caseID)' has no codebook (codebook:): there is nothing to code with.")
        }
    }

    /// Bad data: the grid lacks what coding needs.
    var exitCode: ExitStatus { .dataError }
}
