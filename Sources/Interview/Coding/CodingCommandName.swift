import Grid

/// The commands of `interview code` as Tab completes them, in French and English side by side.
enum CodingCommandName: MessageCatalogue, CaseIterable {
    case segment, next, back, list, help, pause

    /// The command as typed; `/segment` takes an argument and ends with a space.
    var wording: Wording {
        switch self {
        case .segment: return (fr: "/segment ", en: "/segment ")
        case .next: return (fr: "/suivant", en: "/next")
        case .back: return (fr: "/retour", en: "/back")
        case .list: return (fr: "/liste", en: "/list")
        case .help: return (fr: "/aide", en: "/help")
        case .pause: return (fr: "/pause", en: "/pause")
        }
    }
}
