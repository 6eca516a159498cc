/// Makes text typed by someone safe to write back to a terminal.
enum TerminalText {
    /// The text with control characters (C0, DEL, C1) shown as visible symbols, never raw:
    /// ESC becomes `^[`, other controls `^X` or `\u{…}`; tabs become a space; line ends (`\n`,
    /// `\r\n`) stay only when `keepNewlines` is set.
    static func safe(_ text: String, keepNewlines: Bool = false) -> String {
        var result = ""
        result.unicodeScalars.reserveCapacity(text.unicodeScalars.count)
        let scalars = Array(text.unicodeScalars)
        for (index, scalar) in scalars.enumerated() {
            switch scalar.value {
            case 0x0A where keepNewlines: result.unicodeScalars.append(scalar)
            case 0x0D where keepNewlines && index + 1 < scalars.count && scalars[index + 1] == "\n":
                result.unicodeScalars.append(scalar)
            case 0x09: result.append(" ")
            case 0x00...0x1F: result += "^" + String(UnicodeScalar(UInt8(scalar.value + 0x40)))
            case 0x7F: result += "^?"
            case 0x80...0x9F: result += "\\u{\(String(scalar.value, radix: 16))}"
            default: result.unicodeScalars.append(scalar)
            }
        }
        return result
    }
}
