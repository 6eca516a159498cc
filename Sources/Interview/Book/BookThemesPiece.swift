import Grid

/// A piece of the case book's themes part: Markdown blocks, or coded segments to quote, and
/// whether it opens the part (the others follow a blank line).
struct BookThemesPiece: Sendable {
    enum Content: Sendable {
        case blocks([String])
        case quotes([ThemeSegment])

        var isEmpty: Bool {
            switch self {
            case .blocks(let blocks): blocks.isEmpty
            case .quotes(let segments): segments.isEmpty
            }
        }
    }

    let opensPart: Bool
    let content: Content

    /// The piece's Markdown: its blocks separated by blank lines.
    func markdown(language: Language) -> String {
        let blocks = switch content {
        case .blocks(let blocks): blocks
        case .quotes(let segments): segments.map { Self.quote($0, language: language) }
        }
        return (opensPart ? "" : "\n\n") + blocks.joined(separator: "\n\n")
    }

    /// A segment as a quote: its words in « », then its case and question.
    private static func quote(_ segment: ThemeSegment, language: Language) -> String {
        let source = [segment.caseTitle ?? segment.caseID, segment.questionLabel].compactMap { $0 }.joined(separator: ", ")
        return "> " + MarkdownEscaping.quotation(segment.text, language: language) + " "
            + MarkdownEscaping.typed(BookWord.segmentCase(source).text(in: language))
    }
}
