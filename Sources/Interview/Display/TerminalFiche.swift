/// Shows a fiche (the Markdown of `FicheRenderer`) in a terminal, wrapped to a width.
///
/// Headings are bold (the title also underlined, section titles in colour) when colour is on,
/// and underlined with `=` or `-` when it is off; list items are indented with a hanging indent;
/// paragraphs and quotes are wrapped; the backslashes the renderer put before typed text that
/// looked like Markdown are taken out. Typed text never reaches the terminal raw: control
/// characters are shown as visible symbols (`TerminalText.safe`) before any style is added.
/// Widths are counted in terminal columns (`displayWidth`: wide characters and emoji take two).
struct TerminalFiche {
    let width: Int
    let colour: Bool

    /// The narrowest width wrapped to, whatever the terminal says.
    static let minimumWidth = 20

    init(width: Int, colour: Bool) {
        self.width = max(width, Self.minimumWidth)
        self.colour = colour
    }

    func render(markdown: String) -> String {
        var output: [String] = []
        /// The indent of the list item being written, for its further lines.
        var itemIndent: String?
        func blank() {
            if let last = output.last, !last.isEmpty { output.append("") }
        }
        for line in markdown.split(separator: "\n", omittingEmptySubsequences: false).map(String.init) {
            if line.trimmingWhitespace.isEmpty {
                blank()
                itemIndent = nil
                continue
            }
            if let indent = itemIndent, line.hasPrefix(" ") {
                output += wrap(unescape(line.trimmingWhitespace), first: indent, rest: indent)
                continue
            }
            itemIndent = nil
            if let (level, text) = heading(line) {
                output += headingLines(Self.inlineText(text), level: level)
            } else if isRule(line) {
                output.append(String(repeating: "-", count: width))
            } else if let (marker, text) = listItem(line) {
                let first = "  " + marker + " "
                let rest = String(repeating: " ", count: first.count)
                output += wrap(unescape(text), first: first, rest: rest)
                itemIndent = rest
            } else if line.hasPrefix(">") {
                let text = line.dropFirst().drop { $0 == " " }
                output += wrap(unescape(String(text)), first: "> ", rest: "> ", style: "\u{1B}[2m")
            } else if let text = emphasised(line) {
                output += wrap(text, first: "", rest: "", style: "\u{1B}[3m")
            } else {
                output += wrap(unescape(line), first: "", rest: "")
            }
        }
        while output.last?.isEmpty == true { output.removeLast() }
        return output.isEmpty ? "" : output.joined(separator: "\n") + "\n"
    }

    // MARK: - Blocks

    /// `## Title` as its level and text.
    private func heading(_ line: String) -> (Int, String)? {
        let hashes = line.prefix { $0 == "#" }
        guard (1...6).contains(hashes.count) else { return nil }
        let rest = line.dropFirst(hashes.count)
        guard rest.isEmpty || rest.first == " " else { return nil }
        return (hashes.count, rest.trimmingWhitespace)
    }

    private func headingLines(_ text: String, level: Int) -> [String] {
        guard colour else {
            let lines = wrap(text, first: "", rest: "")
            guard level <= 2 else { return lines }
            let underline = String(repeating: level == 1 ? "=" : "-", count: lines.map(\.count).max() ?? 0)
            return lines + [underline]
        }
        let style = level == 1 ? "\u{1B}[1;4m" : level == 2 ? "\u{1B}[1;36m" : "\u{1B}[1m"
        return wrap(text, first: "", rest: "", style: style)
    }

    /// A thematic break: `---`, `***` or `___`.
    private func isRule(_ line: String) -> Bool {
        let marks = line.filter { $0 != " " }
        guard let first = marks.first, "-*_".contains(first) else { return false }
        return marks.count >= 3 && marks.allSatisfy { $0 == first }
    }

    /// `- item` or `12. item` as its marker and text.
    private func listItem(_ line: String) -> (String, String)? {
        if line.hasPrefix("- ") || line.hasPrefix("* ") || line.hasPrefix("+ ") {
            return ("-", String(line.dropFirst(2)))
        }
        let digits = line.prefix { $0.isASCII && $0.isNumber }
        guard !digits.isEmpty, digits.count <= 9 else { return nil }
        let rest = line.dropFirst(digits.count)
        guard rest.hasPrefix(". ") || rest.hasPrefix(") ") else { return nil }
        return (digits + ".", String(rest.dropFirst(2)))
    }

    /// The text of a line that is all `*emphasis*` (the fiche's subtitle).
    private func emphasised(_ line: String) -> String? {
        guard line.count > 2, line.hasPrefix("*"), line.hasSuffix("*"), !line.hasPrefix("**"), !line.hasSuffix("\\*") else {
            return nil
        }
        return String(line.dropFirst().dropLast()).replacingOccurrences(of: "\\*", with: "*")
    }

    // MARK: - Escapes

    /// The line as typed: without the backslashes `FicheRenderer` put before typed text that
    /// would read as Markdown (at its start, after its leading digits, or inline).
    private func unescape(_ line: String) -> String {
        let digits = line.prefix { $0.isASCII && $0.isNumber }
        let rest = line.dropFirst(digits.count)
        if !digits.isEmpty, rest.hasPrefix("\\.") || rest.hasPrefix("\\)") {
            return String(digits) + Self.inlineText(String(rest.dropFirst()))
        }
        return Self.inlineText(line)
    }

    // MARK: - Wrapping

    /// Text wrapped to the width after `first` (first line) or `rest` (further lines), each line
    /// styled on its own when colour is on.
    ///
    /// Lines break between units (see `units`); a number too long for a line breaks between its
    /// digit groups, and a word too long for a line is cut at the width. Linear in the text's
    /// length: each piece is counted once and a long word is cut by walking its indices, so a
    /// 20 MB answer with no space takes as long as 20 MB of words.
    func wrap(_ text: String, first: String, rest: String, style: String? = nil) -> [String] {
        let safe = TerminalText.safe(text)
        var lines: [String] = []
        var current = ""
        var currentCount = 0  // `current`'s columns, kept rather than counted again
        var prefix = first
        var room: Int { max(1, width - prefix.displayWidth) }
        func flush() {
            lines.append(prefix + styled(current, style))
            prefix = rest
            current = ""
            currentCount = 0
        }
        func place(_ piece: Substring, count: Int) {
            if currentCount > 0 {
                if currentCount + 1 + count <= room {
                    current += " "
                    current += piece
                    currentCount += 1 + count
                    return
                }
                flush()
            }
            var remainder = piece
            var left = count
            // A space where a word with its marks is cut goes, like any other, with the line break.
            while left > room {
                var end = remainder.startIndex
                var taken = 0
                while end < remainder.endIndex {
                    let next = remainder[end].displayWidth
                    if taken + next > room, taken > 0 { break }
                    taken += next
                    end = remainder.index(after: end)
                }
                let line = remainder[..<end]
                current = String(line.last == " " ? line.dropLast() : line)
                flush()
                remainder = remainder[end...]
                left -= taken
                if remainder.first == " " {
                    remainder = remainder.dropFirst()
                    left -= 1
                }
            }
            current = String(remainder)
            currentCount = left
        }
        for groups in units(safe) {
            let counts = groups.map(\.displayWidth)
            let count = counts.reduce(groups.count - 1, +)
            if groups.count > 1, count > max(1, width - rest.displayWidth) {
                for (group, groupCount) in zip(groups, counts) { place(group[...], count: groupCount) }
            } else {
                place(groups.joined(separator: " ")[...], count: count)
            }
        }
        if currentCount > 0 || lines.isEmpty { flush() }
        return lines
    }

    /// The units a text wraps by, each as its groups (to be joined by spaces): a word with French
    /// punctuation kept beside it (`Besoin :`, `« Bonjour »`, `40 %`) is one group; a number typed
    /// with spaces (`10 000 $`) is one group per digit group, kept on one line when it fits.
    /// Groups grow in place, so a long run of digit groups or marks stays linear.
    private func units(_ text: String) -> [[String]] {
        var units: [[String]] = []
        var pendingOpen: String?
        for word in text.split(separator: " ") {
            if word == "«" || word == "¿" || word == "¡" {
                if pendingOpen == nil {
                    pendingOpen = String(word)
                } else {
                    pendingOpen?.append(" ")
                    pendingOpen?.append(contentsOf: word)
                }
                continue
            }
            var joined = pendingOpen.map { $0 + " " } ?? ""
            joined.append(contentsOf: word)
            pendingOpen = nil
            let last = units.count - 1
            if last >= 0, word.allSatisfy({ ":;!?»%$€".contains($0) }) {
                units[last][units[last].count - 1].append(" ")
                units[last][units[last].count - 1].append(joined)
            } else if last >= 0, units[last].last?.last?.isNumber == true, word.count == 3, word.allSatisfy(\.isNumber) {
                units[last].append(joined)
            } else {
                units.append([joined])
            }
        }
        if let pendingOpen { units.append([pendingOpen]) }
        return units
    }

    private func styled(_ text: String, _ style: String?) -> String {
        guard colour, let style, !text.isEmpty else { return text }
        return style + text + "\u{1B}[0m"
    }
}
