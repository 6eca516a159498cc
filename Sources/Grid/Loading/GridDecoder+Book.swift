import Yams

/// The grid's `book:` block.
extension GridDecoder {
    /// `book: {title, subtitle, introduction, cases: {singular, plural}}`.
    mutating func decodeBook(_ node: Node) -> GridBook {
        guard let fields = FieldReader(node, owner: "book", known: ["title", "subtitle", "introduction", "cases"], issues: &issues) else {
            return GridBook()
        }
        var book = GridBook(title: fields.text("title", issues: &issues), subtitle: fields.text("subtitle", issues: &issues),
                            introduction: fields.text("introduction", issues: &issues))
        if let casesNode = fields.fields["cases"], let cases = FieldReader(casesNode, owner: "cases", known: ["singular", "plural"], issues: &issues) {
            book.caseSingular = cases.requiredText("singular", issues: &issues)
            book.casePlural = cases.requiredText("plural", issues: &issues)
        }
        return book
    }
}
