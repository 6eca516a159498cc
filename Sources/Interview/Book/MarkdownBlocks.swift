/// Reads the block structure of the case book's Markdown — the fiche's headings, paragraphs,
/// lists, quotes and rules, and the same in the researchers' introduction and syntheses — as
/// `BookBlock`s, each block's text read by `MarkdownInlines`.
///
/// Only what `FicheRenderer` and a researcher's plain Markdown write is read: ATX headings,
/// paragraphs, `-`/`*`/`+` and `1.` list items with their indented (or lazy) further lines,
/// `>` quotes, and `---` rules. Anything else is paragraph text, escaped when written.
struct MarkdownBlocks {
    private var blocks: [BookBlock] = []
    private var paragraph: [String] = []
    private var items: [[String]] = []
    private var ordered = false
    private var quote: [String] = []

    static func parse(_ markdown: String) -> [BookBlock] {
        var reader = MarkdownBlocks()
        for line in markdown.split(omittingEmptySubsequences: false, whereSeparator: \.isNewline) {
            reader.read(String(line))
        }
        reader.close()
        return reader.blocks
    }

    private mutating func read(_ line: String) {
        let trimmed = line.trimmingWhitespace
        if !quote.isEmpty, !trimmed.hasPrefix(">") { close() }
        if trimmed.isEmpty {
            close()
        } else if trimmed.hasPrefix(">") {
            closeText()
            let inner = trimmed.dropFirst()
            quote.append(String(inner.first == " " ? inner.dropFirst() : inner))
        } else if let (level, text) = Self.heading(trimmed), !line.hasPrefix("    ") {
            close()
            blocks.append(.heading(level: level, MarkdownInlines.parse(text)))
        } else if Self.isRule(trimmed), paragraph.isEmpty {
            close()
            blocks.append(.rule)
        } else if let (isOrdered, text) = Self.listItem(trimmed), !line.hasPrefix("    ") || !items.isEmpty {
            if !paragraph.isEmpty || (!items.isEmpty && isOrdered != ordered) { closeText() }
            ordered = isOrdered
            items.append([text])
        } else if !items.isEmpty {
            // A further line of the item: indented, or lazy.
            items[items.count - 1].append(trimmed)
        } else {
            paragraph.append(trimmed)
        }
    }

    /// Ends the paragraph or list being read.
    private mutating func closeText() {
        if !paragraph.isEmpty { blocks.append(.paragraph(MarkdownInlines.parse(paragraph.joined(separator: "\n")))) }
        if !items.isEmpty { blocks.append(.list(ordered: ordered, items: items.map { MarkdownInlines.parse($0.joined(separator: "\n")) })) }
        paragraph = []
        items = []
    }

    /// Ends every block being read.
    private mutating func close() {
        closeText()
        if !quote.isEmpty { blocks.append(.quote(Self.parse(quote.joined(separator: "\n")))) }
        quote = []
    }

    /// `## Title` as its level and text, a closing run of `#` taken off.
    private static func heading(_ line: String) -> (Int, String)? {
        let hashes = line.prefix { $0 == "#" }
        guard (1...6).contains(hashes.count) else { return nil }
        let rest = line.dropFirst(hashes.count)
        guard rest.isEmpty || rest.first == " " || rest.first == "\t" else { return nil }
        var text = rest.trimmingWhitespace
        if let closing = text.lastIndex(where: { $0 != "#" }), text[closing] == " ", closing != text.index(before: text.endIndex) {
            text = String(text[..<closing]).trimmingWhitespace
        }
        return (hashes.count, text)
    }

    /// `---`, `***` or `___` (blanks allowed between the marks).
    private static func isRule(_ line: String) -> Bool {
        let marks = line.filter { $0 != " " && $0 != "\t" }
        guard let first = marks.first, "-*_".contains(first) else { return false }
        return marks.count >= 3 && marks.allSatisfy { $0 == first }
    }

    /// `- item`, `* item`, `+ item`, `1. item` or `1) item`: whether it is ordered, and its text.
    private static func listItem(_ line: String) -> (Bool, String)? {
        if let first = line.first, "-*+".contains(first) {
            let rest = line.dropFirst()
            guard rest.isEmpty || rest.first == " " || rest.first == "\t" else { return nil }
            return (false, rest.trimmingWhitespace)
        }
        let digits = line.prefix { $0.isASCII && $0.isNumber }
        guard (1...9).contains(digits.count) else { return nil }
        let rest = line.dropFirst(digits.count)
        guard let delimiter = rest.first, delimiter == "." || delimiter == ")" else { return nil }
        let text = rest.dropFirst()
        guard text.isEmpty || text.first == " " || text.first == "\t" else { return nil }
        return (true, text.trimmingWhitespace)
    }
}
