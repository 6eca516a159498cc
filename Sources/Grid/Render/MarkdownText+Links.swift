extension MarkdownText {
    /// Typed text in which only links to http, https and mailto stay links.
    ///
    /// An inline link or image (`[x](javascript:…)`), a link reference definition
    /// (`[x]: file:…`), an autolink (`<data:…>`) or a raw HTML tag (`<a href=…>`) that would lead
    /// anywhere else gets a backslash before the bracket that opens it, and reads as typed.
    /// Code spans are kept whole: nothing in them is a link. Backslash escapes typed are kept.
    static func withSafeLinks(_ text: String) -> String {
        let characters = Array(text)
        let runs = BacktickRuns(characters)
        var result = ""
        var index = 0
        var lineStart = 0
        while index < characters.count {
            let character = characters[index]
            var length = 1
            switch character {
            case "\n":
                lineStart = index + 1
            case "\\":
                // An escaped ASCII punctuation character is literal: keep the pair.
                if index + 1 < characters.count, characters[index + 1].isASCII, characters[index + 1].isPunctuation || characters[index + 1].isSymbol {
                    length = 2
                }
            case "`":
                length = codeSpanLength(characters, at: index, runs: runs)
            case "<":
                if let end = autolinkEnd(characters, at: index), isLinkTarget(characters[(index + 1)..<end], autolink: true) {
                    length = end - index + 1
                } else if let next = characters[safe: index + 1], next.isLetter || "/!?".contains(next) {
                    result.append("\\")
                }
            case "]":
                let next = characters[safe: index + 1]
                let definition = next == ":" && (characters[lineStart] == "[" || !characters[lineStart..<index].contains("["))
                if next == "(" || definition, !isLinkTarget(destination(characters, after: index + 2), autolink: false) {
                    result.append("\\")
                }
            default:
                break
            }
            result.append(contentsOf: characters[index..<(index + length)])
            index += length
        }
        return result
    }

    /// Text shown as itself and never as a link: a code span (`` `javascript:…` ``), or, when
    /// the text holds a backtick or a line break, a backslash before every ASCII punctuation.
    static func literal(_ text: String) -> String {
        guard text.contains(where: { $0 == "`" || $0.isNewline }) else { return "`" + text + "`" }
        var escaped = ""
        for character in text {
            if character.isASCII, character.isPunctuation || character.isSymbol { escaped.append("\\") }
            escaped.append(character)
        }
        return escaped
    }

    /// How many characters a backtick run at `start` covers: the whole code span when the same
    /// number of backticks closes it before a blank line, else the run alone.
    private static func codeSpanLength(_ characters: [Character], at start: Int, runs: BacktickRuns) -> Int {
        var end = start
        while end < characters.count, characters[end] == "`" { end += 1 }
        return runs.closingEnd(openedAt: start, length: end - start).map { $0 - start } ?? end - start
    }

    /// The index of the `>` closing an autolink opened at `start`: no blank, `<` or line break inside.
    private static func autolinkEnd(_ characters: [Character], at start: Int) -> Int? {
        var index = start + 1
        while index < characters.count {
            let character = characters[index]
            if character == ">" { return index > start + 1 ? index : nil }
            if character == "<" || character.isWhitespace || character.unicodeScalars.contains(where: { $0.value < 0x20 }) { return nil }
            index += 1
        }
        return nil
    }

    /// The start of a link destination after `(` or `:`, blanks and line breaks skipped, without a `<`.
    private static func destination(_ characters: [Character], after start: Int) -> ArraySlice<Character> {
        var index = start
        while index < characters.count, characters[index].isWhitespace { index += 1 }
        if characters[safe: index] == "<" { index += 1 }
        return characters[min(index, characters.count)...]
    }

    /// Whether a destination (or an autolink's content) leads to http, https or mailto; an
    /// autolink holding an e-mail address (`<nom@exemple.org>`) is a mailto link.
    private static func isLinkTarget(_ target: ArraySlice<Character>, autolink: Bool) -> Bool {
        let start = String(target.prefix(8)).lowercased()
        if ["http://", "https://", "mailto:"].contains(where: start.hasPrefix) { return true }
        return autolink && isEmailAddress(target)
    }

    /// An e-mail autolink's content as CommonMark reads one: `nom@exemple.org`.
    private static func isEmailAddress(_ text: ArraySlice<Character>) -> Bool {
        let parts = text.split(separator: "@", omittingEmptySubsequences: false)
        guard parts.count == 2, !parts[0].isEmpty, !parts[1].isEmpty else { return false }
        let local = parts[0].allSatisfy { $0.isASCII && ($0.isLetter || $0.isNumber || ".!#$%&'*+/=?^_`{|}~-".contains($0)) }
        let domain = parts[1].allSatisfy { $0.isASCII && ($0.isLetter || $0.isNumber || $0 == "-" || $0 == ".") }
        return local && domain
    }
}

private extension Array {
    subscript(safe index: Int) -> Element? {
        indices.contains(index) ? self[index] : nil
    }
}
