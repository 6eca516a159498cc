/// What one read of an input line gave.
enum LineInput: Equatable {
    /// A line, Enter pressed (without the newline).
    case line(String)
    /// Ctrl-D on an empty line, or the end of piped input.
    case endOfInput
    /// Ctrl-C: the line being typed is cancelled.
    case interrupted(partial: String)
    /// A piped line that is not valid UTF-8: the session stops (exit 65) rather than store
    /// replacement characters. `byte` is the 1-based position of the first invalid byte.
    case undecodable(byte: Int)
    /// SIGTERM or SIGHUP arrived: the session must save and stop.
    case terminated(signal: Int32, partial: String)
}
