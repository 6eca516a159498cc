/// Reads the inline Markdown the case book holds — the fiche's (typed text escaped by
/// `FicheRenderer`) and the researchers' (introduction, syntheses) — as `BookInline` pieces.
///
/// Backslash escapes give their character; `**strong**`, `*emphasis*` and `_emphasis_`, code
/// spans, `[text](target)` and `<target>` are read; a link whose target `BookLink` refuses, or
/// a mark that is never closed, stays as the characters written. Nothing here produces HTML:
/// every character ends up in a `.text` or `.code`, which the HTML writer escapes.
enum MarkdownInlines {
    static func parse(_ text: String) -> [BookInline] {
        parse(Array(text)[...])
    }

    private static func parse(_ characters: ArraySlice<Character>) -> [BookInline] {
        var pieces: [BookInline] = []
        var buffer = ""
        func emit(_ piece: BookInline) {
            if !buffer.isEmpty { pieces.append(.text(buffer)) }
            buffer = ""
            pieces.append(piece)
        }
        var index = characters.startIndex
        while index < characters.endIndex {
            let character = characters[index]
            let next = index + 1 < characters.endIndex ? characters[index + 1] : nil
            if character == "\\", let next, next.isASCII, next.isPunctuation || next.isSymbol {
                buffer.append(next)
                index += 2
            } else if character == "`", let (code, end) = codeSpan(characters, at: index) {
                emit(.code(code))
                index = end
            } else if character == "*" || character == "_", let (piece, end) = emphasis(characters, at: index) {
                emit(piece)
                index = end
            } else if character == "[", let (piece, end) = link(characters, at: index) {
                emit(piece)
                index = end
            } else if character == "<", let (piece, end) = autolink(characters, at: index) {
                emit(piece)
                index = end
            } else {
                buffer.append(character)
                index += 1
            }
        }
        if !buffer.isEmpty { pieces.append(.text(buffer)) }
        return pieces
    }

    /// The first index at or after `start` where `delimiter` begins, outside backslash escapes.
    private static func find(_ delimiter: [Character], in characters: ArraySlice<Character>, from start: Int,
                             where accept: (Int) -> Bool = { _ in true }) -> Int? {
        var index = start
        while index + delimiter.count <= characters.endIndex {
            if characters[index] == "\\" {
                index += 2
                continue
            }
            if characters[index..<(index + delimiter.count)].elementsEqual(delimiter), accept(index) { return index }
            index += 1
        }
        return nil
    }

    /// `` `code` ``: a run of backticks closed by a run of the same length.
    private static func codeSpan(_ characters: ArraySlice<Character>, at start: Int) -> (String, Int)? {
        var end = start
        while end < characters.endIndex, characters[end] == "`" { end += 1 }
        let run = end - start
        var index = end
        while index < characters.endIndex {
            guard characters[index] == "`" else {
                index += 1
                continue
            }
            var close = index
            while close < characters.endIndex, characters[close] == "`" { close += 1 }
            if close - index == run {
                var code = String(characters[end..<index])
                if code.count > 2, code.hasPrefix(" "), code.hasSuffix(" ") { code = String(code.dropFirst().dropLast()) }
                return (code, close)
            }
            index = close
        }
        return nil
    }

    /// `**strong**`, `*emphasis*`, `_emphasis_` (an underscore only at a word's edge).
    private static func emphasis(_ characters: ArraySlice<Character>, at start: Int) -> (BookInline, Int)? {
        let mark = characters[start]
        let double = start + 1 < characters.endIndex && characters[start + 1] == mark
        let width = double ? 2 : 1
        let open = start + width
        guard open < characters.endIndex, !characters[open].isWhitespace else { return nil }
        if mark == "_", start > characters.startIndex, characters[start - 1].isLetter || characters[start - 1].isNumber { return nil }
        let delimiter = Array(repeating: mark, count: width)
        let close = find(delimiter, in: characters, from: open + 1) { index in
            guard !characters[index - 1].isWhitespace else { return false }
            let after = index + width
            // A single mark is not the start of a double one; `_` closes only at a word's edge.
            if !double, after < characters.endIndex, characters[after] == mark { return false }
            if mark == "_", after < characters.endIndex, characters[after].isLetter || characters[after].isNumber { return false }
            return true
        }
        guard let close else { return nil }
        let inner = parse(characters[open..<close])
        return (double ? .strong(inner) : .emphasis(inner), close + width)
    }

    /// `[text](target)`, when the target is one the book links to.
    private static func link(_ characters: ArraySlice<Character>, at start: Int) -> (BookInline, Int)? {
        var depth = 0
        var index = start
        var closing: Int?
        while index < characters.endIndex {
            switch characters[index] {
            case "\\": index += 1
            case "[": depth += 1
            case "]":
                depth -= 1
                if depth == 0 { closing = index }
            default: break
            }
            if closing != nil { break }
            index += 1
        }
        guard let closing, closing + 1 < characters.endIndex, characters[closing + 1] == "(",
              let end = find([")"], in: characters, from: closing + 2) else { return nil }
        let target = String(characters[(closing + 2)..<end]).trimmingWhitespace
        guard let link = BookLink(target) else { return nil }
        return (.link(parse(characters[(start + 1)..<closing]), link), end + 1)
    }

    /// `<https://…>` or `<mailto:…>`: the address as the link's text.
    private static func autolink(_ characters: ArraySlice<Character>, at start: Int) -> (BookInline, Int)? {
        guard let end = characters[(start + 1)...].firstIndex(of: ">") else { return nil }
        let target = String(characters[(start + 1)..<end])
        guard let link = BookLink(target), !link.isAnchor else { return nil }
        return (.link([.text(target)], link), end + 1)
    }
}
