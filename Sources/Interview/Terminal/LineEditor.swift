/// Reads answers a line at a time: GNU readline on a terminal, plain lines from a pipe,
/// or a script in tests.
protocol LineEditor: AnyObject {
    /// Whether a person is typing (a terminal): then invalid answers are asked again and
    /// confirmations may be asked; otherwise input is a script.
    var isInteractive: Bool { get }
    /// The 1-based number of the last input line read (piped input), for error messages.
    var lineNumber: Int { get }
    /// What Tab may complete the whole line to at the next prompt.
    var completions: LineCompletion { get set }
    /// Puts earlier lines of this case in the history that Up and Ctrl-R go through, oldest first.
    func remember(_ lines: [String])
    /// Shows `prompt` and reads one line, with `prefill` already in the edit line (terminal only).
    func readLine(prompt: String, prefill: String) -> LineInput
}
