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

    /// Writes the part a piece at a time — a row's heading and counts, its quotes, its
    /// synthesis —, each piece's Markdown (ending between blocks) turned into the book's format
    /// by `render` and handed to `out` in order; the quotes are made and rendered on all cores,
    /// a piece of the tally's spool at a time. Together the pieces' Markdown is the part's
    /// blocks separated by blank lines, and a newline.
    func write(rendering render: @escaping @Sendable (String) -> String, to out: (String) throws -> Void) throws {
        let language = language
        try out(render("# " + MarkdownEscaping.heading(BookWord.themes.text(in: language))))
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
            try out(render(Self.following(head)))
            try row.segments.mapPieces(ownOnly: true, { segments in
                segments.isEmpty ? "" : render(Self.following(segments.map { Self.quote($0, language: language) }))
            }, out)
            if let synthesis = syntheses[row.id], !synthesis.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty {
                try out(render(Self.following(["#### " + MarkdownEscaping.heading(BookWord.synthesis.text(in: language)),
                                               Self.nested(MarkdownEscaping.authoredBlock(synthesis.trimmingCharacters(in: .whitespacesAndNewlines)))])))
            }
        }
        try out(render("\n"))
    }

    /// Blocks that follow others: after a blank line, separated by blank lines.
    private static func following(_ blocks: [String]) -> String {
        "\n\n" + blocks.joined(separator: "\n\n")
    }

    /// A segment as a quote: its words in « », then its case and question.
    private static func quote(_ segment: ThemeSegment, language: Language) -> String {
        let source = [segment.caseTitle ?? segment.caseID, segment.questionLabel].compactMap { $0 }.joined(separator: ", ")
        return "> " + MarkdownEscaping.quotation(segment.text, language: language) + " "
            + MarkdownEscaping.typed(BookWord.segmentCase(source).text(in: language))
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
