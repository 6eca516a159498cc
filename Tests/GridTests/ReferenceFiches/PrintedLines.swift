import Foundation

/// A fiche as a reader sees it printed: its non-blank lines, without Markdown's marks.
///
/// The published fiches in `Fixtures/reference-fiches/` and our exports are compared this way,
/// line for line: heading marks (`##`), emphasis (`*…*`, `**…**`), backslash escapes and link
/// targets are not printed text (the reference's links lost their targets: `(#)`), and runs of
/// whitespace, no-break spaces included, count as one space.
enum PrintedLines {
    static func of(_ markdown: String) -> [String] {
        var lines = markdown.components(separatedBy: "\n")
        if lines.first == "---", let end = lines.dropFirst().firstIndex(of: "---") { lines.removeSubrange(0...end) }
        return lines.compactMap { line in
            var text = replacing(#"^\s*#+\s+"#, in: line, with: "")
            text = replacing(#"\[([^\]]*)\]\([^)]*\)"#, in: text, with: "$1")
            text = replacing(#"(?<!\\)\*+"#, in: text, with: "")
            text = replacing(#"\\(.)"#, in: text, with: "$1")
            text = text.split(whereSeparator: { $0.isWhitespace }).joined(separator: " ")
            return text.isEmpty ? nil : text
        }
    }

    private static func replacing(_ pattern: String, in text: String, with template: String) -> String {
        guard let regex = try? NSRegularExpression(pattern: pattern) else { return text }
        return regex.stringByReplacingMatches(in: text, range: NSRange(text.startIndex..., in: text), withTemplate: template)
    }
}
