import Grid

/// The in-session commands as Tab completes them, in French and English side by side.
enum CommandName: MessageCatalogue, CaseIterable {
    case help, back, next, skip, goTo, review, clear, note, quote, notes, editNote, removeNote, mark, code, dontKnow, refuse, pause, finish

    /// The command as typed; those that take an argument end with a space.
    var wording: Wording {
        switch self {
        case .help: return (fr: "/aide", en: "/help")
        case .back: return (fr: "/retour", en: "/back")
        case .next: return (fr: "/suivant", en: "/next")
        case .skip: return (fr: "/passer", en: "/skip")
        case .goTo: return (fr: "/aller ", en: "/goto ")
        case .review: return (fr: "/revoir", en: "/review")
        case .clear: return (fr: "/effacer", en: "/clear")
        case .note: return (fr: "/note ", en: "/note ")
        case .quote: return (fr: "/citation ", en: "/quote ")
        case .notes: return (fr: "/notes", en: "/notes")
        case .editNote: return (fr: "/corriger ", en: "/edit ")
        case .removeNote: return (fr: "/retirer ", en: "/remove ")
        case .mark: return (fr: "/repère ", en: "/mark ")
        case .code: return (fr: "/code ", en: "/code ")
        case .dontKnow: return (fr: "/nsp", en: "/dk")
        case .refuse: return (fr: "/refus", en: "/refuse")
        case .pause: return (fr: "/pause", en: "/pause")
        case .finish: return (fr: "/fin", en: "/finish")
        }
    }
}
