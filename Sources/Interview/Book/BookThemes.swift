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

    var markdown: String {
        var blocks = ["# " + MarkdownEscaping.heading(BookWord.themes.text(in: language))]
        for row in rows {
            let marks = row.isTheme ? "## " : "### "
            blocks.append(marks + MarkdownEscaping.heading(row.label))
            blocks.append("*" + MarkdownEscaping.typed(sentence(mentions: row.mentions, cases: row.cases)) + "*")
            if !row.bySection.isEmpty {
                blocks.append(row.bySection.map { count in
                    "- " + MarkdownEscaping.typed(BookWord.inSection(title: count.title, sentence: sentence(mentions: count.mentions, cases: count.cases))
                        .text(in: language))
                }.joined(separator: "\n"))
            }
            blocks += quotes(quoted(row))
            if let synthesis = syntheses[row.id], !synthesis.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty {
                blocks.append("#### " + MarkdownEscaping.heading(BookWord.synthesis.text(in: language)))
                blocks.append(Self.nested(MarkdownEscaping.authoredBlock(synthesis.trimmingCharacters(in: .whitespacesAndNewlines))))
            }
        }
        return blocks.joined(separator: "\n\n") + "\n"
    }

    private func sentence(mentions: Int, cases: Int) -> String {
        ThemeTally.sentence(mentions: mentions, cases: cases, grid: grid, language: language)
    }

    /// The segments quoted under a row: a code's all; a theme's, those none of its codes holds.
    private func quoted(_ row: ThemeRow) -> [ThemeSegment] {
        guard row.isTheme else { return row.segments }
        let underCodes = rows.filter { !$0.isTheme && $0.id.hasPrefix(row.id + ".") }.flatMap(\.segments)
        return row.segments.filter { segment in !underCodes.contains(segment) }
    }

    /// Each segment as a quote: its words in « », then its case and question.
    private func quotes(_ segments: [ThemeSegment]) -> [String] {
        guard !segments.isEmpty else { return [] }
        return segments.map { segment in
            let source = [segment.caseTitle ?? segment.caseID, segment.questionLabel].compactMap { $0 }.joined(separator: ", ")
            return "> " + MarkdownEscaping.quotation(segment.text, language: language) + " "
                + MarkdownEscaping.typed(BookWord.segmentCase(source).text(in: language))
        }
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
