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

    init(words: [String] = [], command: String? = nil, targets: [String] = []) {
        self.words = words
        self.command = command
        self.targets = targets
    }

    /// The candidates for `typed` (the whole line) and what replaces it: the single match, the
    /// longest start all matches share, or `typed` itself when they share nothing longer.
    func complete(_ typed: String) -> (replacement: String, matches: [String]) {
        let key = Self.folded(typed)
        var pool = words
        if let command, !targets.isEmpty, key.hasPrefix(Self.folded(command)) { pool = targets.map { command + $0 } }
        var seen = Set<String>()
        let matches = pool.filter { Self.folded($0).hasPrefix(key) && seen.insert($0).inserted }
        guard let first = matches.first else { return (typed, []) }
        if matches.count == 1 { return (first, matches) }
        let shared = matches.dropFirst().reduce(first) { shared, match in
            String(zip(shared, match).prefix(while: { $0 == $1 }).map(\.0))
        }
        return (Self.folded(shared).count > key.count ? shared : typed, matches)
    }

    /// The text without case or accents (`Côte` → `cote`), for matching.
    static func folded(_ text: String) -> String {
        text.folding(options: [.caseInsensitive, .diacriticInsensitive, .widthInsensitive], locale: nil)
    }
}
