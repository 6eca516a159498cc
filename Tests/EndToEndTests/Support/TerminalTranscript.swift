/// Turns raw terminal output into text a test can read or compare (visible escapes, screen).
enum TerminalTranscript {
    /// Makes control characters visible: `\e` for escape, `\r`, `\t`, `\n`, and `^X` for others.
    ///
    /// With `breakingLines`, each `\n` is also followed by a real line break so that long output
    /// stays readable in a failure message.
    static func visible(_ text: String, breakingLines: Bool = true) -> String {
        var result = ""
        for scalar in text.unicodeScalars {
            switch scalar.value {
            case 0x1B: result += "\\e"
            case 0x0D: result += "\\r"
            case 0x09: result += "\\t"
            case 0x0A: result += breakingLines ? "\\n\n" : "\\n"
            case 0x7F: result += "^?"
            case 0x00..<0x20:
                result += "^" + String(Character(Unicode.Scalar(UInt8(scalar.value + 0x40))))
            default: result.unicodeScalars.append(scalar)
            }
        }
        return result
    }

    /// The last `limit` characters of `text`, preceded by `…` when something was cut.
    static func tail(_ text: String, limit: Int = 800) -> String {
        guard text.count > limit else { return text }
        return "…" + text.suffix(limit)
    }

    /// Removes escape sequences (CSI, OSC, DCS and two-byte ones, bracketed-paste markers
    /// included) and every control character but `\n` and `\t`, keeping the rest as it came.
    ///
    /// Crude: text a program redrew over itself appears twice; see ``screen(_:)``.
    static func stripped(_ text: String) -> String {
        var result = String.UnicodeScalarView()
        forEachEvent(in: text) { event in
            switch event {
            case let .printable(scalar): result.append(scalar)
            case .control(0x0A): result.append("\n")
            case .control(0x09): result.append("\t")
            case .control, .csi, .other: break
            }
        }
        return String(result)
    }

    /// What a person would read on the terminal, line by line, in a crude model of a screen.
    ///
    /// Escape sequences are removed; `\r` returns to the start of the line and later characters
    /// overwrite earlier ones, `\b` and cursor-left/right sequences move along the line, and
    /// "erase in line" sequences erase. Cursor-up and screen clearing are ignored, so the result
    /// is the whole history, like a scrollback. Trailing spaces are trimmed from each line.
    static func screen(_ text: String) -> String {
        var lines: [String] = []
        var line: [Unicode.Scalar] = []
        var column = 0

        func put(_ scalar: Unicode.Scalar) {
            if column < line.count {
                line[column] = scalar
            } else {
                line.append(contentsOf: repeatElement(" ", count: column - line.count))
                line.append(scalar)
            }
            column += 1
        }
        func finishLine() {
            var scalars = String.UnicodeScalarView()
            scalars.append(contentsOf: line)
            var finished = String(scalars)
            while finished.last == " " { finished.removeLast() }
            lines.append(finished)
            line = []
            column = 0
        }

        forEachEvent(in: text) { event in
            switch event {
            case let .printable(scalar):
                put(scalar)
            case .control(0x0A):
                finishLine()
            case .control(0x0D):
                column = 0
            case .control(0x08):
                column = max(0, column - 1)
            case .control(0x09):
                repeat { put(" ") } while column % 8 != 0
            case .control, .other:
                break
            case let .csi(parameters, final):
                let count = max(1, Int(parameters.split(separator: ";").first ?? "") ?? 1)
                switch final {
                case "C": column += count
                case "D": column = max(0, column - count)
                case "G": column = count - 1
                case "K":
                    switch parameters {
                    case "1":
                        for index in 0..<min(column + 1, line.count) { line[index] = " " }
                    case "2":
                        line = line.map { _ in " " }
                    default:
                        if column < line.count { line.removeSubrange(column...) }
                    }
                case "P":
                    if column < line.count { line.removeSubrange(column..<min(line.count, column + count)) }
                case "@":
                    if column <= line.count {
                        line.insert(contentsOf: repeatElement(" ", count: count), at: column)
                    }
                default:
                    break
                }
            }
        }
        if !line.isEmpty { finishLine() }
        return lines.joined(separator: "\n")
    }

    /// One piece of terminal output.
    private enum Event {
        case printable(Unicode.Scalar)
        case control(UInt32)
        /// A control sequence `ESC [ parameters final`; private-mode markers stay in `parameters`.
        case csi(parameters: String, final: Unicode.Scalar)
        /// Any other escape sequence (OSC, DCS, charset designation, …).
        case other
    }

    private static func forEachEvent(in text: String, _ handle: (Event) -> Void) {
        let scalars = Array(text.unicodeScalars)
        var index = 0
        while index < scalars.count {
            let scalar = scalars[index]
            index += 1
            guard scalar.value == 0x1B else {
                if scalar.value < 0x20 || scalar.value == 0x7F {
                    handle(.control(scalar.value))
                } else {
                    handle(.printable(scalar))
                }
                continue
            }
            guard index < scalars.count else { break }
            let kind = scalars[index]
            index += 1
            switch kind {
            case "[":
                var parameters = String.UnicodeScalarView()
                while index < scalars.count, !(0x40...0x7E).contains(scalars[index].value) {
                    parameters.append(scalars[index])
                    index += 1
                }
                guard index < scalars.count else { return }
                handle(.csi(parameters: String(parameters), final: scalars[index]))
                index += 1
            case "]", "P", "X", "^", "_":
                // A string ended by BEL or ST (ESC \).
                while index < scalars.count {
                    let current = scalars[index]
                    index += 1
                    if current.value == 0x07 { break }
                    if current.value == 0x1B, index < scalars.count, scalars[index] == "\\" {
                        index += 1
                        break
                    }
                }
                handle(.other)
            default:
                // ESC, intermediates (0x20–0x2F), then one final character.
                var current = kind
                while (0x20...0x2F).contains(current.value), index < scalars.count {
                    current = scalars[index]
                    index += 1
                }
                handle(.other)
            }
        }
    }
}
