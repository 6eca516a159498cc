/// Text made safe for an XML 1.0 document: markup characters escaped, forbidden characters replaced.
///
/// XML 1.0 allows tab, line feed, carriage return and the characters from U+0020 on, except
/// U+FFFE and U+FFFF. Every other control character (U+0000–U+0008, U+000B, U+000C,
/// U+000E–U+001F) and those two are replaced by U+FFFD, the replacement character: no reader
/// can refuse the document, and a text keeps its length in code points.
enum XMLText {
    /// Character data: `&`, `<`, `>` escaped, a carriage return written `&#13;` so a reader's
    /// line-end normalisation keeps it.
    static func content(_ text: String) -> String {
        escaped(text, attribute: false)
    }

    /// An attribute value between double quotes: also `"`, and tab, line feed and carriage return
    /// as character references, which attribute-value normalisation would turn into spaces.
    static func attribute(_ text: String) -> String {
        escaped(text, attribute: true)
    }

    /// Whether XML 1.0 allows the character in a document.
    static func isAllowed(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x9, 0xA, 0xD: return true
        case 0x20...0xD7FF, 0xE000...0xFFFD, 0x10000...0x10FFFF: return true
        default: return false
        }
    }

    private static func escaped(_ text: String, attribute: Bool) -> String {
        var result = ""
        result.unicodeScalars.reserveCapacity(text.unicodeScalars.count)
        for scalar in text.unicodeScalars {
            switch scalar {
            case "&": result += "&amp;"
            case "<": result += "&lt;"
            case ">": result += "&gt;"
            case "\"" where attribute: result += "&quot;"
            case "\t" where attribute: result += "&#9;"
            case "\n" where attribute: result += "&#10;"
            case "\r": result += "&#13;"
            default: result.unicodeScalars.append(isAllowed(scalar) ? scalar : "\u{FFFD}")
            }
        }
        return result
    }
}
