#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// Where the session writes: prompts to stdout, messages to stdout on a terminal and to stderr
/// when piped, errors to stderr; colour only on a terminal and never with `NO_COLOR`.
final class Console: @unchecked Sendable {
    let colour: Bool
    let interactive: Bool
    private let write: (Int32, String) -> Void
    /// The width texts are wrapped to, read at each use (the terminal may be resized); nil when
    /// stdout is not a terminal: piped output is never wrapped.
    private let widthSource: () -> Int?

    /// A console on the process's own stdout and stderr.
    convenience init(interactive: Bool) {
        let colour = interactive && isatty(1) == 1 && Environment.allowsColour
        let onTerminal = isatty(1) == 1
        self.init(interactive: interactive, colour: colour, width: { onTerminal ? TerminalSize.width : nil }, write: writeWhole)
    }

    /// A console writing through `write(fd, text)`, wrapping to `width` when it gives one, for tests.
    init(interactive: Bool, colour: Bool, width: @escaping () -> Int? = { nil }, write: @escaping (Int32, String) -> Void) {
        self.interactive = interactive
        self.colour = colour
        self.widthSource = width
        self.write = write
    }

    /// `text` after `first`, wrapped at word boundaries to the terminal's width; further lines
    /// start with `rest`, by default as many spaces as `first` (a hanging indent). Only the
    /// text is styled, line by line; when not wrapping (piped), one line per paragraph.
    func wrapped(_ text: String, first: String = "", rest: String? = nil, style: Style = .plain) -> String {
        guard let width = widthSource() else { return first + styled(text, style) }
        let fiche = TerminalFiche(width: width, colour: colour)
        let rest = rest ?? String(repeating: " ", count: first.count)
        let code = style == .plain ? nil : style.code
        var prefix = first
        return text.split(separator: "\n", omittingEmptySubsequences: false).flatMap { paragraph in
            defer { prefix = rest }
            return fiche.wrap(String(paragraph), first: prefix, rest: rest, style: code)
        }.joined(separator: "\n")
    }

    /// Text that belongs to the question being asked (stdout).
    func prompt(_ text: String) { write(1, text) }

    /// A line of information.
    func say(_ text: String, style: Style = .plain) {
        write(interactive ? 1 : 2, styled(text, style) + "\n")
    }

    /// A line about something that went wrong.
    func error(_ text: String) {
        write(2, styled(text, .error) + "\n")
    }

    func styled(_ text: String, _ style: Style) -> String {
        guard colour, style != .plain else { return text }
        return style.code + text + "\u{1B}[0m"
    }

    /// A terminal style.
    enum Style {
        case plain, title, dim, error, success, emphasis

        var code: String {
            switch self {
            case .plain: return ""
            case .title: return "\u{1B}[1m"
            case .dim: return "\u{1B}[2m"
            case .error: return "\u{1B}[31m"
            case .success: return "\u{1B}[32m"
            case .emphasis: return "\u{1B}[36m"
            }
        }
    }
}

/// Writes all of `text` to `fd`, going on after short writes and `EINTR`; gives up on any other
/// error (there is nowhere left to report it): the console and the pager write this way. Outside
/// `Console`, whose `write` would hide `write(2)`.
func writeWhole(_ fd: Int32, _ text: String) {
    try? OutputError.check(descriptor: fd, path: "", writing: text)
}
