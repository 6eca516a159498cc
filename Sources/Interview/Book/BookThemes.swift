import Foundation
import Grid

/// The case book's themes table, computed by `ThemeTally`: for every theme of the codebook, its
/// mentions and cases (« 10 mentions par 7 entreprises »), split by the grid section they were
/// said in; its codes the same way; under each, the coded segments as quotes with their case,
/// and the researchers' synthesis of the theme or code when `--syntheses` holds one.
///
/// A segment is quoted once, under the most precise row: under its code when coded with one,
/// under the theme when coded with the theme alone.
struct BookThemes {
    let rows: [ThemeRow]
    let grid: Grid
    let syntheses: BookSyntheses
    let language: Language

    /// How many quotes go in one piece of the Markdown.
    private static let quotesPerPiece = 256
    /// How many pieces are rendered at once, on all cores.
    private static let piecesPerBatch = 16

    /// Writes the part a piece at a time — a row's heading and counts, its quotes a few hundred
    /// at a time, its synthesis —, each piece's Markdown (ending between blocks) turned into the
    /// book's format by `render` on all cores, a batch at a time, and handed to `out` in order.
    /// Together the pieces' Markdown is the part's blocks separated by blank lines, and a newline.
    func write(rendering render: @escaping @Sendable (String) -> String, to out: (String) throws -> Void) throws {
        var pending: [BookThemesPiece] = []
        var first = true
        let language = language
        func flush() throws {
            for text in ParallelMap.run(pending, { render($0.markdown(language: language)) }) { try out(text) }
            pending.removeAll()
        }
        func add(_ content: BookThemesPiece.Content) throws {
            guard !content.isEmpty else { return }
            pending.append(BookThemesPiece(opensPart: first, content: content))
            first = false
            if pending.count == Self.piecesPerBatch { try flush() }
        }
        try add(.blocks(["# " + MarkdownEscaping.heading(BookWord.themes.text(in: language))]))
        for row in rows {
            let marks = row.isTheme ? "## " : "### "
            var head = [marks + MarkdownEscaping.heading(row.label),
                        "*" + MarkdownEscaping.typed(sentence(mentions: row.mentions, cases: row.cases)) + "*"]
            if !row.bySection.isEmpty {
                head.append(row.bySection.map { count in
                    "- " + MarkdownEscaping.typed(BookWord.inSection(title: count.title, sentence: sentence(mentions: count.mentions, cases: count.cases))
                        .text(in: language))
                }.joined(separator: "\n"))
            }
            try add(.blocks(head))
            var quoted: [ThemeSegment] = []
            try row.segments.forEach(ownOnly: true) { segment in
                quoted.append(segment)
                if quoted.count == Self.quotesPerPiece {
                    try add(.quotes(quoted))
                    quoted.removeAll(keepingCapacity: true)
                }
            }
            try add(.quotes(quoted))
            if let synthesis = syntheses[row.id], !synthesis.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty {
                try add(.blocks(["#### " + MarkdownEscaping.heading(BookWord.synthesis.text(in: language)),
                                 Self.nested(MarkdownEscaping.authoredBlock(synthesis.trimmingCharacters(in: .whitespacesAndNewlines)))]))
            }
        }
        try flush()
        try out(render("\n"))
    }

    private func sentence(mentions: Int, cases: Int) -> String {
        ThemeTally.sentence(mentions: mentions, cases: cases, grid: grid, language: language)
    }

    /// The researchers' Markdown under the synthesis heading: its headings moved below it.
    static func nested(_ markdown: String) -> String {
        markdown.split(separator: "\n", omittingEmptySubsequences: false).map { line in
            let hashes = line.prefix { $0 == "#" }.count
            guard (1...6).contains(hashes), line.dropFirst(hashes).first.map({ $0 == " " || $0 == "\t" }) ?? true else { return String(line) }
            return String(repeating: "#", count: min(hashes + 4, 6)) + line.dropFirst(hashes)
        }.joined(separator: "\n")
    }
}
