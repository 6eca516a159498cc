import Grid

/// How a session at the keyboard ended, which decides the exit code.
enum SessionOutcome: Equatable {
    /// Paused by `/pause`, Ctrl-D, Ctrl-C on an empty line or the end of piped input (exit 0).
    case paused
    /// Every relevant question done, or `/fin` confirmed (exit 0).
    case completed
    /// SIGTERM or SIGHUP: everything saved, the line being typed kept as a draft (exit 128+n).
    case signalled(Int32)
    /// Piped input gave an invalid answer (exit 65).
    case invalidInput(line: Int, question: String, message: String)
    /// An answer could not be saved in piped mode (exit 73 or 74).
    case saveFailed(JournalError)
}
