import Grid

/// What `interview import` says about each case and in its summary line.
enum ImportMessage: MessageCatalogue {
    case added(caseID: String, from: String)
    case renamed(caseID: String, newID: String, from: String)
    case updated(caseID: String, from: String)
    case keptOurs(caseID: String, from: String)
    case alreadyThere(caseID: String)
    case summary(new: Int, updated: Int, already: Int)

    var wording: Wording {
        switch self {
        case .added(let caseID, let from):
            return (fr: "\(caseID) : nouveau, copié de \(from).", en: "\(caseID): new, copied from \(from).")
        case .renamed(let caseID, let newID, let from):
            return (fr: "\(caseID) → \(newID) : autre cas du même identifiant, copié de \(from) sous \(newID).",
                    en: "\(caseID) → \(newID): another case with the same id, copied from \(from) as \(newID).")
        case .updated(let caseID, let from):
            return (fr: "\(caseID) : mis à jour depuis \(from) (son journal est plus long).",
                    en: "\(caseID): updated from \(from) (its journal is longer).")
        case .keptOurs(let caseID, let from):
            return (fr: "\(caseID) : gardé, le nôtre est plus long que celui de \(from).",
                    en: "\(caseID): kept, ours is longer than the one in \(from).")
        case .alreadyThere(let caseID):
            return (fr: "\(caseID) : déjà là, identique.", en: "\(caseID): already there, identical.")
        case .summary(let new, let updated, let already):
            let imported = new + updated
            return (fr: "\(imported) cas importé\(imported > 1 ? "s" : "") (\(new) nouveau\(new > 1 ? "x" : ""), \(updated) mis à jour), \(already) déjà présent\(already > 1 ? "s" : "").",
                    en: "\(imported) case\(imported == 1 ? "" : "s") imported (\(new) new, \(updated) updated), \(already) already present.")
        }
    }
}
