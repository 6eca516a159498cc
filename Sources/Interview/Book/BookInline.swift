/// A piece of inline Markdown in the case book: text as it reads (escapes taken out), emphasis,
/// code or a link that is known to be safe. Typed text is only ever `text`.
indirect enum BookInline: Equatable, Sendable {
    case text(String)
    case strong([BookInline])
    case emphasis([BookInline])
    case code(String)
    case link([BookInline], BookLink)

    /// The words, without any mark: a fiche's title for sorting and the table of contents.
    static func plainText(_ pieces: [BookInline]) -> String {
        pieces.map { piece in
            switch piece {
            case .text(let text), .code(let text): return text
            case .strong(let inner), .emphasis(let inner), .link(let inner, _): return plainText(inner)
            }
        }.joined()
    }
}
