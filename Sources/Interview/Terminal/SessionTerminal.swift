#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// Where a session reads and writes: GNU readline when stdin is a terminal, plain line reading
/// when it is piped, with the console to match.
struct SessionTerminal {
    let console: Console
    let editor: LineEditor

    /// The terminal of this process's standard input and output.
    static func current() -> SessionTerminal {
        let interactive = isatty(0) == 1
        let console = Console(interactive: interactive)
        return SessionTerminal(console: console, editor: interactive ? ReadlineEditor() : PipedLineReader(output: console))
    }
}
