@testable import Grid

extension FicheTemplate {
    /// The sentence's own words, placeholders left out.
    var words: String {
        parts.map { part in
            if case .text(let text) = part { return text }
            return " "
        }.joined()
    }
}
