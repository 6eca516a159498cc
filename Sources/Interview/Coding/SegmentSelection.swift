import Grid

/// What `/segment` names in a text: a quoted phrase (`« phrase »`, `"phrase"`), or a span from
/// start words to end words (`début … fin`, `début ... fin`).
enum SegmentSelection: Equatable {
    /// A phrase that must occur in the text; its first occurrence is the segment.
    case phrase(String)
    /// From the first occurrence of `from` to the end of the next occurrence of `to` after it.
    case span(from: String, to: String)

    /// The opening and closing quote marks a phrase may stand between.
    private static let quotes: [(open: Character, close: Character)] = [("«", "»"), ("\"", "\""), ("“", "”"), ("‹", "›")]

    /// Reads the argument of `/segment`, normalised to NFC as answers are stored.
    static func parse(_ argument: String) -> Result<SegmentSelection, SegmentProblem> {
        let typed = argument.precomposedCanonical.trimmingWhitespace
        guard !typed.isEmpty else { return .failure(.empty) }
        if let first = typed.first, let pair = quotes.first(where: { $0.open == first }) {
            let rest = typed.dropFirst()
            guard let close = rest.lastIndex(of: pair.close) else { return .failure(.unclosedQuote(String(pair.close))) }
            let phrase = String(rest[..<close]).trimmingWhitespace
            guard phrase.isEmpty == false else { return .failure(.empty) }
            return .success(.phrase(phrase))
        }
        for separator in ["…", "..."] {
            guard let range = typed.range(of: separator) else { continue }
            let from = String(typed[..<range.lowerBound]).trimmingWhitespace
            let to = String(typed[range.upperBound...]).trimmingWhitespace
            guard !from.isEmpty, !to.isEmpty else { return .failure(.spanNeedsBothEnds) }
            return .success(.span(from: from, to: to))
        }
        return .success(.phrase(typed))
    }

    /// The segment's code-point span in `text` (case ignored, accents not), or why there is none.
    func locate(in text: String) -> Result<Range<Int>, SegmentProblem> {
        let scalars = Array(text.unicodeScalars)
        switch self {
        case .phrase(let phrase):
            guard let found = Self.find(phrase, in: scalars, from: 0) else { return .failure(.phraseAbsent(phrase)) }
            return .success(found)
        case .span(let from, let to):
            guard let start = Self.find(from, in: scalars, from: 0) else { return .failure(.startAbsent(from)) }
            guard let end = Self.find(to, in: scalars, from: start.upperBound) else { return .failure(.endAbsent(to, after: from)) }
            return .success(start.lowerBound..<end.upperBound)
        }
    }

    /// The first occurrence of `words` in `scalars` at or after `offset`, code point by code
    /// point, upper and lower case alike.
    private static func find(_ words: String, in scalars: [Unicode.Scalar], from offset: Int) -> Range<Int>? {
        let needle = words.unicodeScalars.map(folded)
        guard !needle.isEmpty, offset + needle.count <= scalars.count else { return nil }
        for start in offset...(scalars.count - needle.count) {
            if needle.indices.allSatisfy({ folded(scalars[start + $0]) == needle[$0] }) { return start..<start + needle.count }
        }
        return nil
    }

    /// A code point compared without its case (`É` and `é` alike; accents still count).
    private static func folded(_ scalar: Unicode.Scalar) -> String {
        scalar.properties.lowercaseMapping
    }
}
