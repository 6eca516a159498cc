import Foundation
import Grid

/// The case book's title page: the book's title (the grid's `book:` block, else the grid's
/// title), its subtitle, the researchers' introduction (their Markdown, unsafe links escaped),
/// and when the book was built from how many cases.
struct BookTitlePage {
    let grid: Grid
    let language: Language
    let date: String
    let cases: Int

    var title: String { Self.title(of: grid) }

    /// The book's title: the grid's `book:` title, else the grid's title.
    static func title(of grid: Grid) -> String { grid.book.title ?? grid.title }

    var markdown: String {
        var blocks = ["# " + MarkdownEscaping.heading(title)]
        if let subtitle = grid.book.subtitle, !subtitle.trimmingWhitespace.isEmpty {
            blocks.append("*" + MarkdownEscaping.authored(subtitle) + "*")
        }
        let introduction = (grid.book.introduction ?? "").trimmingCharacters(in: .whitespacesAndNewlines)
        if !introduction.isEmpty { blocks.append(MarkdownEscaping.authoredBlock(introduction)) }
        blocks.append("*" + MarkdownEscaping.typed(BookWord.built(date: date, cases: cases).text(in: language)) + "*")
        return blocks.joined(separator: "\n\n") + "\n"
    }
}
