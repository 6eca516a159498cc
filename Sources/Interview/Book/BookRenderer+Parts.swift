import Foundation
import Grid
import Plot

extension BookRenderer {
    /// A whole part from its Markdown (`blocks`, when already read from it).
    func part(anchor: String, kind: BookPart.Kind, markdown: String, blocks: [BookBlock]? = nil) -> String {
        guard format == .html else { return opening(anchor: anchor, kind: kind) + markdown }
        return section(anchor: anchor, kind: kind, nodes: BookHTML.nodes(blocks ?? MarkdownBlocks.parse(markdown))).render()
    }

    /// The start of a part written in pieces.
    func opening(anchor: String, kind: BookPart.Kind) -> String {
        guard format == .html else { return "<a id=\"\(anchor)\"></a>\n\n" }
        let empty = section(anchor: anchor, kind: kind, nodes: []).render()
        return empty.hasSuffix(Self.sectionEnd) ? String(empty.dropLast(Self.sectionEnd.count)) : empty
    }

    /// A piece of a part: Markdown that starts and ends between blocks, as it is or as HTML.
    func piece(_ markdown: String) -> String {
        guard format == .html else { return markdown }
        return BookHTML.nodes(MarkdownBlocks.parse(markdown)).map { $0.render() }.joined()
    }

    /// The start of a list written item by item: in Markdown, only what separates it from the
    /// block before.
    func listStart(ordered: Bool, after separation: String) -> String {
        guard format == .html else { return separation }
        return ordered ? "<ol>" : "<ul>"
    }

    /// One item of a list written item by item, from its Markdown (`marker` is its `1. ` or `- `).
    func listItem(_ markdown: String, marker: String, first: Bool) -> String {
        guard format == .html else { return (first ? "" : "\n") + marker + markdown }
        let item: Node<HTML.ListContext> = .li(.group(BookHTML.inline(MarkdownInlines.parse(markdown))))
        return item.render()
    }

    /// The end of a list written item by item.
    func listEnd(ordered: Bool) -> String {
        guard format == .html else { return "" }
        return ordered ? "</ol>" : "</ul>"
    }

    /// How Plot closes a part's section.
    static let sectionEnd = "</section>"

    private func section(anchor: String, kind: BookPart.Kind, nodes: [Node<HTML.BodyContext>]) -> Node<HTML.BodyContext> {
        .section(.attribute(named: "id", value: BookHTML.attributeValue(anchor)), .class(kind.rawValue), .group(nodes))
    }

    /// The HTML document around the parts: rendered with an empty body, cut where the parts go.
    var htmlFrame: (beginning: String, ending: String) {
        let document = HTML(
            .lang(language == .fr ? .french : .english),
            .head(
                .meta(.charset(.utf8)),
                .meta(.name("viewport"), .content("width=device-width, initial-scale=1")),
                .element(named: "title", nodes: [BookHTML.text(title)]),
                .style(BookStyle.css)
            ),
            .body()
        ).render()
        let body = "<body></body>"
        guard let cut = document.range(of: body, options: .backwards) else {
            assertionFailure("Plot wrote an empty body other than \(body)")
            return (document, "\n")
        }
        return (document[..<cut.lowerBound] + "<body>", "</body>" + document[cut.upperBound...] + "\n")
    }
}
