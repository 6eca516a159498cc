/// What a placeholder of a fiche sentence shows: an answer made safe to put in Markdown.
enum FicheValue: Equatable {
    /// One line of inline Markdown.
    case text(String)
    /// The items of a list, a rank or a multiple choice, each one line of inline Markdown.
    case items([String])

    /// The value on one line: items joined by commas.
    var joined: String {
        switch self {
        case .text(let text): return text
        case .items(let items): return items.joined(separator: ", ")
        }
    }
}
