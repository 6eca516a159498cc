import Foundation

/// What Tab completes the edit line to at one prompt, matched ignoring case and accents.
///
/// Words are offered whole (a choice label, `oui`, a command); `/aller <id>` targets only once
/// the line starts with the command, so that Tab-Tab on an empty line lists the question's
/// choices and the commands, not every question id.
struct LineCompletion: Equatable {
    /// Whole-line completions offered from the start of the line.
    var words: [String]
    /// Completions offered only when the line already starts with `command` (`/aller `).
    var command: String?
    var targets: [String]
    /// Words completed after the last `,`, `;` or space too (the items of a multichoice answer,
    /// `Production, tr` → `Production, Transformation`).
    var items: [String]
    /// A command after which `listWords` are completed one by one, each after the last space
    /// (`/code ancrage gouv` → `/code ancrage gouvernance`).
    var listCommand: String?
    var listWords: [String]

    init(words: [String] = [], command: String? = nil, targets: [String] = [], items: [String] = [],
         listCommand: String? = nil, listWords: [String] = []) {
        self.words = words
        self.command = command
        self.targets = targets
        self.items = items
        self.listCommand = listCommand
        self.listWords = listWords
    }

    /// The candidates for `typed` (the whole line) and what replaces it: the single match, the
    /// longest start all matches share, or `typed` itself when they share nothing longer. An empty
    /// line stays empty, so that the second Tab lists the candidates instead of completing a `/`.
    func complete(_ typed: String) -> (replacement: String, matches: [String]) {
        if let listCommand, !listWords.isEmpty, Self.folded(typed).hasPrefix(Self.folded(listCommand)),
           let cut = typed.lastIndex(where: \.isWhitespace) {
            let head = String(typed[...cut])
            let (replacement, matches) = LineCompletion(words: listWords).complete(String(typed[typed.index(after: cut)...]))
            return (head + replacement, matches)
        }
        if !items.isEmpty, !typed.hasPrefix("/"), let cut = typed.lastIndex(where: Self.separatesItems) {
            let head = String(typed[...cut])
            let (replacement, matches) = LineCompletion(words: items).complete(String(typed[typed.index(after: cut)...]))
            return (head + replacement, matches)
        }
        let key = Self.folded(typed)
        var pool = words
        if let command, !targets.isEmpty, key.hasPrefix(Self.folded(command)) { pool = targets.map { command + $0 } }
        var seen = Set<String>()
        let matches = pool.filter { Self.folded($0).hasPrefix(key) && seen.insert($0).inserted }
        guard let first = matches.first else { return (typed, []) }
        if matches.count == 1 { return (first, matches) }
        if key.isEmpty { return (typed, matches) }
        let shared = matches.dropFirst().reduce(first) { shared, match in
            String(zip(shared, match).prefix(while: { $0 == $1 }).map(\.0))
        }
        return (Self.folded(shared).count > key.count ? shared : typed, matches)
    }

    /// Whether a character ends one item of a multichoice answer, as the answer parser reads it.
    static func separatesItems(_ character: Character) -> Bool {
        character == "," || character == ";" || character.isWhitespace
    }

    /// The text without case or accents (`Côte` → `cote`), for matching.
    static func folded(_ text: String) -> String {
        text.folding(options: [.caseInsensitive, .diacriticInsensitive, .widthInsensitive], locale: nil)
    }
}
