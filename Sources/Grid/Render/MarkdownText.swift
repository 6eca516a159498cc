import Foundation

/// Puts typed text into Markdown without letting it change the document's structure.
///
/// Typed text reads as typed: every character of inline Markdown (`*`, `_`, `[`, `<`, `` ` ``,
/// `|`, `$`…) is escaped, and what would turn a typed line into a heading, list, quote, rule,
/// fence or HTML block is escaped with a backslash on the character that would do it. The grid's
/// own texts (headings, labels) are the grid author's Markdown: only their links that are not
/// web links are escaped. Text is written in NFC.
enum MarkdownText {
    /// The lines of typed text, each made safe to start a Markdown line.
    /// An empty result means there was nothing but whitespace.
    static func lines(_ text: String) -> [String] {
        rawLines(text).map(escapeLineStart)
    }

    /// The lines of typed text in NFC, without blanks around them, without blank lines at either
    /// end and with runs of blank lines made one; inline Markdown escaped.
    static func rawLines(_ text: String) -> [String] {
        var lines = text.precomposedCanonical
            .split(omittingEmptySubsequences: false, whereSeparator: \.isNewline)
            .map { $0.trimmingWhitespace }
        while lines.first?.isEmpty == true { lines.removeFirst() }
        while lines.last?.isEmpty == true { lines.removeLast() }
        var result: [String] = []
        for line in lines where !(line.isEmpty && result.last?.isEmpty == true) { result.append(line) }
        // Typed text reads as typed: every character of inline Markdown is escaped.
        return result.map(inline)
    }

    /// Typed text after `prefix` on the first line: the first line starts with the prefix, so it
    /// is escaped only when `prefixStartsLine`; further lines are escaped as lines of their own.
    static func lines(_ text: String, after prefix: String, prefixStartsLine: Bool) -> [String] {
        var lines = rawLines(text)
        guard !lines.isEmpty else { return [] }
        lines[0] = prefix + lines[0]
        return lines.enumerated().map { index, line in
            index == 0 && !prefixStartsLine ? line : escapeLineStart(line)
        }
    }

    /// Text on one line (newlines become spaces), in NFC, with only links that are not web links escaped.
    static func oneLine(_ text: String) -> String {
        withSafeLinks(text.precomposedCanonical
            .split(whereSeparator: \.isNewline)
            .map { $0.trimmingWhitespace }
            .filter { !$0.isEmpty }
            .joined(separator: " "))
    }

    /// A heading's text: one line, with a trailing run of `#` (which Markdown would take for a
    /// closing sequence) escaped. What follows `## ` is inline text, so its start needs nothing.
    static func heading(_ text: String) -> String {
        var line = oneLine(text)
        if let lastKept = line.lastIndex(where: { $0 != "#" }), lastKept != line.index(before: line.endIndex) {
            let run = line.index(after: lastKept)
            if line[lastKept] == " " || line[lastKept] == "\t" { line.insert("\\", at: run) }
        } else if line.allSatisfy({ $0 == "#" }), !line.isEmpty {
            line.insert("\\", at: line.startIndex)
        }
        return line
    }

    /// The line with a backslash where its start would otherwise be read as Markdown structure:
    /// `# heading`, `> quote`, `- item`, `+ item`, `* item`, `1. item`, `1) item`, `---`, `===`,
    /// `___`, code fences and HTML blocks.
    static func escapeLineStart(_ line: String) -> String {
        guard let first = line.first else { return line }
        let rest = line.dropFirst()
        let blankAfter = rest.first.map { $0 == " " || $0 == "\t" } ?? true
        let onlyFirst = line.allSatisfy { $0 == first || $0 == " " || $0 == "\t" }
        switch first {
        case "#", ">":
            return "\\" + line
        case "-", "+", "*":
            return blankAfter || onlyFirst ? "\\" + line : line
        case "=", "_":
            return onlyFirst ? "\\" + line : line
        case "`", "~":
            return line.hasPrefix(String(repeating: first, count: 3)) ? "\\" + line : line
        case "<":
            guard let next = rest.first, next.isLetter || next == "/" || next == "!" || next == "?" else { return line }
            return "\\" + line
        default:
            // An ordered-list marker: 1 to 9 digits, `.` or `)`, then a blank or the end of the line.
            let digits = line.prefix { $0.isASCII && $0.isNumber }
            guard (1...9).contains(digits.count) else { return line }
            let delimiter = line.index(line.startIndex, offsetBy: digits.count)
            guard delimiter < line.endIndex, line[delimiter] == "." || line[delimiter] == ")" else { return line }
            let after = line.index(after: delimiter)
            guard after == line.endIndex || line[after] == " " || line[after] == "\t" else { return line }
            var escaped = line
            escaped.insert("\\", at: delimiter)
            return escaped
        }
    }
}
