/// One CSV cell: RFC 4180 quoting, the spreadsheet formula guard, and numbers as machines read them.
///
/// Everything works on Unicode scalars, not characters: `"\r\n"` is a single Swift `Character`
/// and `"` followed by a combining mark is another, and neither may slip past the checks.
public enum CSVField {
    /// The end of every record, as RFC 4180 asks.
    public static let lineEnd = "\r\n"

    /// Cells joined by commas, each quoted when needed (and guarded unless `raw`), ending with CRLF.
    public static func line(_ cells: [String], raw: Bool) -> String {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(cells.reduce(2) { $0 + $1.utf8.count + 1 })
        for (index, cell) in cells.enumerated() {
            if index > 0 { bytes.append(UInt8(ascii: ",")) }
            append(raw ? cell : guarded(cell), to: &bytes)
        }
        bytes.append(contentsOf: lineEnd.utf8)
        return String(decoding: bytes, as: UTF8.self)
    }

    /// The cell as written: in double quotes, with quotes doubled, when it holds `"`, `,`, CR or LF.
    public static func quoted(_ text: String) -> String {
        var bytes: [UInt8] = []
        append(text, to: &bytes)
        return String(decoding: bytes, as: UTF8.self)
    }

    /// Appends the cell's UTF-8 bytes, quoted when needed. ASCII bytes never occur inside the
    /// encoding of another scalar, so testing bytes is testing scalars.
    private static func append(_ text: String, to bytes: inout [UInt8]) {
        var text = text
        text.withUTF8 { utf8 in
            let special = { (byte: UInt8) in byte == UInt8(ascii: "\"") || byte == UInt8(ascii: ",") || byte == 0x0D || byte == 0x0A }
            guard utf8.contains(where: special) else { return bytes.append(contentsOf: utf8) }
            bytes.append(UInt8(ascii: "\""))
            for byte in utf8 {
                bytes.append(byte)
                if byte == UInt8(ascii: "\"") { bytes.append(byte) }
            }
            bytes.append(UInt8(ascii: "\""))
        }
    }

    /// The text with a leading `'` when a spreadsheet would run it as a formula (see `isFormulaLike`).
    public static func guarded(_ text: String) -> String {
        isFormulaLike(text) ? "'" + text : text
    }

    /// Whether the text starts with `=`, `+`, `-`, `@`, a tab or a carriage return and is not a
    /// plain number such as `-3` or `+1.5`.
    public static func isFormulaLike(_ text: String) -> Bool {
        guard let first = text.unicodeScalars.first else { return false }
        switch first {
        case "=", "@", "\t", "\r": return true
        case "+", "-": return !isPlainNumber(text)
        default: return false
        }
    }

    /// Whether the text is a plain decimal number: optional sign, ASCII digits, at most one `.`,
    /// an optional exponent (`-3`, `+1.5`, `40`, `.5`, `1e-05`).
    public static func isPlainNumber(_ text: String) -> Bool {
        var scalars = text.unicodeScalars[...]
        func digits() -> Int {
            var count = 0
            while let scalar = scalars.first, ("0"..."9").contains(scalar) {
                scalars.removeFirst()
                count += 1
            }
            return count
        }
        if let sign = scalars.first, sign == "+" || sign == "-" { scalars.removeFirst() }
        var mantissa = digits()
        if scalars.first == "." {
            scalars.removeFirst()
            mantissa += digits()
        }
        guard mantissa > 0 else { return false }
        if let e = scalars.first, e == "e" || e == "E" {
            scalars.removeFirst()
            if let sign = scalars.first, sign == "+" || sign == "-" { scalars.removeFirst() }
            guard digits() > 0 else { return false }
        }
        return scalars.isEmpty
    }

    /// The text on one line: every line break (LF, CR, vertical tab, form feed, NEL, U+2028,
    /// U+2029) becomes a space, so that items joined by `\n` in one cell split back exactly.
    public static func singleLine(_ text: String) -> String {
        let breaks: Set<Unicode.Scalar> = ["\n", "\r", "\u{0B}", "\u{0C}", "\u{85}", "\u{2028}", "\u{2029}"]
        guard text.unicodeScalars.contains(where: breaks.contains) else { return text }
        var scalars = String.UnicodeScalarView()
        var previousCR = false
        for scalar in text.unicodeScalars {
            // CRLF is one break, one space.
            if scalar == "\n", previousCR { previousCR = false; continue }
            previousCR = scalar == "\r"
            scalars.append(breaks.contains(scalar) ? " " : scalar)
        }
        return String(scalars)
    }

    /// A number for analysis tools: `.` as decimal mark, no grouping, no unit (`40`, `5000000`, `1.5`).
    public static func number(_ value: Double) -> String {
        if let whole = value.wholeNumber { return String(whole) }
        return String(value)
    }
}
