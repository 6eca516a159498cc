/// The labels of the lines that say what changes when a case moves to another grid version,
/// in French and English side by side.
enum GridMoveLabel: MessageCatalogue {
    case added, removed, retyped

    var wording: Wording {
        switch self {
        case .added: return (fr: "Questions ajoutées : ", en: "Questions added: ")
        case .removed: return (fr: "Questions retirées : ", en: "Questions removed: ")
        case .retyped: return (fr: "Type changé : ", en: "Type changed: ")
        }
    }
}
