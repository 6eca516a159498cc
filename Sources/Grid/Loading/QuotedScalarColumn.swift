import Yams

/// Where a character of a quoted YAML scalar's value sits on its line in the file: escapes
/// (`\"`, `\n`, `\u00e9`…) and doubled single quotes take more room in the file than in the value.
enum QuotedScalarColumn {
    /// The 1-based column of the value's character at `offset` (in characters), for a quoted
    /// scalar whose opening quote is at `quoteColumn` of `line`; nil when the value does not
    /// reach that far on this line (a scalar folded over several lines).
    static func column(ofValueOffset offset: Int, style: Node.Scalar.Style, line: Substring, quoteColumn: Int) -> Int? {
        let characters = Array(line)
        var index = quoteColumn  // 0-based: the character after the opening quote
        var consumed = 0
        while consumed < offset {
            guard index < characters.count else { return nil }
            let character = characters[index]
            let next = index + 1 < characters.count ? characters[index + 1] : nil
            switch (style, character, next) {
            case (.doubleQuoted, "\\", "x"?): index += 4
            case (.doubleQuoted, "\\", "u"?): index += 6
            case (.doubleQuoted, "\\", "U"?): index += 10
            case (.doubleQuoted, "\\", _?): index += 2
            case (.doubleQuoted, "\\", nil): return nil  // an escaped line break
            case (.singleQuoted, "'", "'"?): index += 2
            default: index += 1
            }
            consumed += 1
        }
        return index < characters.count ? index + 1 : nil
    }
}
