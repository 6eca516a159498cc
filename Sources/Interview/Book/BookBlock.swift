/// A block of the case book's Markdown: what `MarkdownBlocks` reads and `BookHTML` writes.
indirect enum BookBlock: Equatable, Sendable {
    case heading(level: Int, [BookInline])
    case paragraph([BookInline])
    /// A list; each item is its inline text (a fiche's items are one paragraph each).
    case list(ordered: Bool, items: [[BookInline]])
    /// A quote (a note or a quote taken during the interview), holding blocks of its own.
    case quote([BookBlock])
    /// A thematic break.
    case rule
}
