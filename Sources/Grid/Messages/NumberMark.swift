/// How a language writes numbers: the mark between groups of thousands and the decimal mark,
/// French and English side by side.
enum NumberMark: MessageCatalogue {
    /// Between groups of three digits: a no-break space in French, a comma in English.
    case groupSeparator
    /// Before the decimals: a comma in French, a dot in English.
    case decimalMark

    var wording: Wording {
        switch self {
        case .groupSeparator: return (fr: "\u{00A0}", en: ",")
        case .decimalMark: return (fr: ",", en: ".")
        }
    }
}
