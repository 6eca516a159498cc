/// A key a person can press, as the bytes a terminal sends for it.
enum TerminalKey: String, Sendable {
    case enter = "\r"
    case tab = "\t"
    case backspace = "\u{7F}"
    case escape = "\u{1B}"
    case up = "\u{1B}[A"
    case down = "\u{1B}[B"
    case right = "\u{1B}[C"
    case left = "\u{1B}[D"
    case home = "\u{1B}[H"
    case end = "\u{1B}[F"
    case delete = "\u{1B}[3~"
    /// Ctrl-A: start of line in readline.
    case ctrlA = "\u{01}"
    /// Ctrl-E: end of line in readline.
    case ctrlE = "\u{05}"
    /// Ctrl-C: interrupt (SIGINT from the terminal).
    case ctrlC = "\u{03}"
    /// Ctrl-D: end of input on an empty line.
    case ctrlD = "\u{04}"
    /// Ctrl-K: kill to end of line in readline.
    case ctrlK = "\u{0B}"
    /// Ctrl-U: kill to start of line in readline.
    case ctrlU = "\u{15}"
}
