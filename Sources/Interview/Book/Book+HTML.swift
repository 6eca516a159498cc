import Grid
import Plot

extension Book {
    /// The book as one self-contained HTML file: the style sheet inline, each part a `<section>`
    /// with its anchor, every word escaped by Plot, the document in the book's language.
    var html: String {
        let document = HTML(
            .lang(language == .fr ? .french : .english),
            .head(
                .meta(.charset(.utf8)),
                .meta(.name("viewport"), .content("width=device-width, initial-scale=1")),
                .element(named: "title", nodes: [BookHTML.text(title)]),
                .style(BookStyle.css)
            ),
            .body(.group(parts.map(section)))
        )
        return document.render() + "\n"
    }

    private func section(_ part: BookPart) -> Node<HTML.BodyContext> {
        .section(
            .attribute(named: "id", value: BookHTML.attributeValue(part.anchor)),
            .class(part.kind.rawValue),
            .group(BookHTML.nodes(part.blocks))
        )
    }
}
