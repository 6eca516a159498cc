import Plot

/// Writes the case book's blocks as Plot nodes: every word goes through `.text` (escaped), every
/// link target through `BookLink`; nothing is written raw but the book's own style sheet.
enum BookHTML {
    /// The nodes of these blocks; headings moved down by `headingShift` levels (at most `h6`).
    static func nodes(_ blocks: [BookBlock], headingShift: Int = 0) -> [Node<HTML.BodyContext>] {
        blocks.map { node($0, headingShift: headingShift) }
    }

    static func node(_ block: BookBlock, headingShift: Int = 0) -> Node<HTML.BodyContext> {
        switch block {
        case .heading(let level, let text):
            return .element(named: "h\(min(level + headingShift, 6))", nodes: inline(text))
        case .paragraph(let text):
            return .p(.group(inline(text)))
        case .list(let ordered, let items):
            let entries: [Node<HTML.ListContext>] = items.map { .li(.group(inline($0))) }
            return ordered ? .ol(.group(entries)) : .ul(.group(entries))
        case .quote(let blocks):
            return .blockquote(.group(nodes(blocks, headingShift: headingShift)))
        case .rule:
            return .hr()
        }
    }

    /// Inline pieces as nodes of any body context (a link's text is in an anchor's).
    static func inline<Context: HTML.BodyContext>(_ pieces: [BookInline]) -> [Node<Context>] {
        pieces.map { piece -> Node<Context> in
            switch piece {
            case .text(let words): return text(words)
            case .code(let code): return .code(text(code))
            case .strong(let inner): return .strong(.group(inline(inner)))
            case .emphasis(let inner): return .em(.group(inline(inner)))
            case .link(let inner, let link):
                return .a(.attribute(named: "href", value: link.attributeValue), .group(inline(inner)))
            }
        }
    }

    /// Text as it reads, whatever it holds: Plot's `.text` escapes `<` and `>` but keeps what
    /// looks like an entity (`&lt;`), so `&` is escaped first and typed `&lt;` reads `&lt;`.
    static func text<Context>(_ text: String) -> Node<Context> {
        .text(text.utf8.contains(UInt8(ascii: "&")) ? text.replacingOccurrences(of: "&", with: "&amp;") : text)
    }

    /// Text as an attribute's value (Plot writes attribute values as given).
    static func attributeValue(_ text: String) -> String {
        text.replacingOccurrences(of: "&", with: "&amp;").replacingOccurrences(of: "\"", with: "&quot;")
            .replacingOccurrences(of: "<", with: "&lt;").replacingOccurrences(of: ">", with: "&gt;")
    }
}
