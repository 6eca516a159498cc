/// What a piped run of a program produced: its exit code and its two output streams.
struct ProcessResult: Sendable, Equatable {
    /// The exit code, or 128 + the signal number if a signal killed the program.
    var status: Int32
    /// Standard output, decoded as UTF-8 (invalid bytes replaced).
    var stdout: String
    /// Standard error, decoded as UTF-8 (invalid bytes replaced).
    var stderr: String
}
