import Yams

/// The grid's `book:` block.
extension GridDecoder {
    /// `book: {title, subtitle, introduction, cases: {singular, plural}}`.
    mutating func decodeBook(_ node: Node) -> GridBook {
        guard let fields = FieldReader(node, owner: "book", known: ["title", "subtitle", "introduction", "cases"], issues: &issues) else {
            return GridBook()
        }
        var book = GridBook(title: localText(fields, "title"), subtitle: localText(fields, "subtitle"),
                            introduction: localText(fields, "introduction"))
        if let casesNode = fields.fields["cases"], let cases = FieldReader(casesNode, owner: "cases", known: ["singular", "plural"], issues: &issues) {
            book.caseSingular = localRequiredText(cases, "singular")
            book.casePlural = localRequiredText(cases, "plural")
        }
        return book
    }
}
