extension CaseGridError: UserFacingError, MessageCatalogue {
    /// One sentence saying what is wrong and what to do.
    public func message(in language: Language) -> String {
        text(in: language)
    }

    /// The sentence in French and in English.
    public var wording: Wording {
        switch self {
        case .missing(let caseID, let grid, let sha, let path):
            return (fr: "La grille du cas « \(caseID) » (\(grid), SHA-256 \(sha.prefix(12))…) est introuvable : \(path) manque ; redonnez ce fichier de grille avec --grid.",
                    en: "The grid of case '\(caseID)' (\(grid), SHA-256 \(sha.prefix(12))…) cannot be found: \(path) is missing; give that grid file with --grid.")
        case .invalidCopy(let error):
            if case .invalid(let file, let issues) = error, let first = issues.first {
                return (fr: "La copie de grille \(file) est invalide : \(first.description(in: .fr))",
                        en: "The grid copy \(file) is invalid: \(first.description(in: .en))")
            }
            return (fr: "La copie de grille est illisible.", en: "The grid copy cannot be read.")
        case .alteredCopy(let caseID, let path, let builtIn):
            if builtIn {
                return (fr: "La copie de grille \(path) du cas « \(caseID) » a été modifiée (son SHA-256 ne correspond plus) : ses réponses ne peuvent pas être lues sur une grille changée ; supprimez cette copie, la grille intégrée la remplacera.",
                        en: "The grid copy \(path) of case '\(caseID)' has been changed (its SHA-256 no longer matches): its answers cannot be read against an altered grid; remove that copy and the built-in grid will stand in for it.")
            }
            return (fr: "La copie de grille \(path) du cas « \(caseID) » a été modifiée (son SHA-256 ne correspond plus) : ses réponses ne peuvent pas être lues sur une grille changée ; redonnez le fichier de grille d'origine avec --grid (resume le remet en place).",
                    en: "The grid copy \(path) of case '\(caseID)' has been changed (its SHA-256 no longer matches): its answers cannot be read against an altered grid; give the original grid file with --grid (resume puts it back).")
        case .unreadableCopy(let error):
            return (fr: error.message(in: .fr), en: error.message(in: .en))
        case .questionsMissing(let caseID, let file, let ids):
            let list = ids.joined(separator: ", ")
            return (fr: "Le cas « \(caseID) » ne peut pas passer à la grille \(file) : ces questions répondues n'y sont plus : \(list).",
                    en: "Case '\(caseID)' cannot move to the grid \(file): these answered questions are not in it: \(list).")
        }
    }

    /// The exit status: no input for a missing grid, bad data otherwise.
    public var exitCode: ExitStatus {
        switch self {
        case .missing: return .noInput
        case .unreadableCopy(let error): return error.exitCode
        case .alteredCopy, .invalidCopy, .questionsMissing: return .dataError
        }
    }
}
