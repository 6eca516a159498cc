extension TerminalFiche {
    /// Inline Markdown as a terminal shows it: escaped characters as typed (`\*` is `*`), the
    /// grid's bold marks dropped, and a link as its text then its address (`Site Web <https://…>`).
    static func inlineText(_ line: String) -> String {
        var output = ""
        var characters = Substring(line)
        while let character = characters.first {
            let next = characters.dropFirst().first
            if character == "\\", let next, next.isASCII, next.isPunctuation || next.isSymbol {
                output.append(next)
                characters = characters.dropFirst(2)
            } else if character == "*", next == "*" {
                characters = characters.dropFirst(2)
            } else if character == "[", let link = link(at: characters) {
                output += link.text + " <" + link.target + ">"
                characters = characters.dropFirst(link.length)
            } else {
                output.append(character)
                characters = characters.dropFirst()
            }
        }
        return output
    }

    /// `[text](target)` at the start of `text`, with no escape inside: the grid's own links.
    private static func link(at text: Substring) -> (text: String, target: String, length: Int)? {
        guard let close = text.firstIndex(of: "]"), !text[..<close].contains("\\"),
              text[text.index(after: close)...].hasPrefix("("),
              let end = text[close...].firstIndex(of: ")") else { return nil }
        let label = text[text.index(after: text.startIndex)..<close]
        let target = text[text.index(close, offsetBy: 2)..<end]
        return (String(label), String(target), text.distance(from: text.startIndex, to: end) + 1)
    }
}
