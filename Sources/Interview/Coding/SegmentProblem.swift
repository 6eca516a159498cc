import Grid

/// Why `/segment` names no segment of the text on screen.
enum SegmentProblem: Error, Equatable, MessageCatalogue {
    /// Nothing after `/segment`, or empty quotes.
    case empty
    /// A phrase opened with a quote mark that is never closed.
    case unclosedQuote(String)
    /// `début …` or `… fin` without the other end.
    case spanNeedsBothEnds
    /// The quoted phrase is not in the text.
    case phraseAbsent(String)
    /// The start words are not in the text.
    case startAbsent(String)
    /// The end words do not come after the start words.
    case endAbsent(String, after: String)

    var wording: Wording {
        switch self {
        case .empty:
            return (fr: "Indiquez le passage : /segment « phrase exacte » ou /segment début … fin.",
                    en: "Say which passage: /segment \"exact phrase\" or /segment start … end.")
        case .unclosedQuote(let close):
            return (fr: "Guillemet non fermé : terminez la phrase par \(close).", en: "Unclosed quote: end the phrase with \(close).")
        case .spanNeedsBothEnds:
            return (fr: "Donnez les premiers et les derniers mots du passage : /segment début … fin.",
                    en: "Give the first and the last words of the passage: /segment start … end.")
        case .phraseAbsent(let phrase):
            return (fr: "« \(phrase) » n'est pas dans ce texte.", en: "\"\(phrase)\" is not in this text.")
        case .startAbsent(let words):
            return (fr: "Le début « \(words) » n'est pas dans ce texte.", en: "The start \"\(words)\" is not in this text.")
        case .endAbsent(let words, let start):
            return (fr: "La fin « \(words) » ne vient pas après « \(start) » dans ce texte.",
                    en: "The end \"\(words)\" does not come after \"\(start)\" in this text.")
        }
    }
}
