#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// A failure of the end-to-end harness, described so that a failing test says what went wrong.
///
/// Descriptions quote program output with control characters made visible (`\e`, `\r`, `^C`),
/// and keep only its tail, where the interesting part usually is.
enum HarnessError: Error, CustomStringConvertible {
    /// A system call failed with the given `errno`.
    case systemCall(String, errno: Int32)
    /// The program could not be started.
    case spawnFailed(executable: String, errno: Int32)
    /// The expected text did not appear in time.
    case expectTimedOut(expected: String, timeout: Double, unmatched: String)
    /// The program closed its terminal before printing the expected text.
    case outputEnded(expected: String, unmatched: String, exitStatus: Int32?)
    /// The program on the terminal did not exit in time.
    case exitTimedOut(timeout: Double, unmatched: String)
    /// A piped run did not finish in time and was killed.
    case runTimedOut(executable: String, timeout: Double, stdout: String, stderr: String)
    /// The built executable was not found near the test binary.
    case executableNotFound(name: String, searched: [String])

    var description: String {
        switch self {
        case let .systemCall(call, errno):
            return "\(call) failed: \(Self.message(errno))"
        case let .spawnFailed(executable, errno):
            return "could not start \(executable): \(Self.message(errno))"
        case let .expectTimedOut(expected, timeout, unmatched):
            return """
                expected "\(TerminalTranscript.visible(expected, breakingLines: false))" within \(timeout) s; \
                output since the last match ends with:
                \(Self.quote(unmatched))
                """
        case let .outputEnded(expected, unmatched, exitStatus):
            let status = exitStatus.map { "exited with status \($0)" } ?? "closed its terminal"
            return """
                expected "\(TerminalTranscript.visible(expected, breakingLines: false))", but the program \(status) first; \
                output since the last match ends with:
                \(Self.quote(unmatched))
                """
        case let .exitTimedOut(timeout, unmatched):
            return """
                the program did not exit within \(timeout) s; output since the last match ends with:
                \(Self.quote(unmatched))
                """
        case let .runTimedOut(executable, timeout, stdout, stderr):
            return """
                \(executable) did not finish within \(timeout) s and was killed; stdout ends with:
                \(Self.quote(stdout))
                stderr ends with:
                \(Self.quote(stderr))
                """
        case let .executableNotFound(name, searched):
            return "no executable named \(name) in any of: \(searched.joined(separator: ", "))"
        }
    }

    private static func quote(_ text: String) -> String {
        guard !text.isEmpty else { return "    (nothing)" }
        return TerminalTranscript.visible(TerminalTranscript.tail(text))
            .split(separator: "\n", omittingEmptySubsequences: false)
            .map { "    │" + $0 }
            .joined(separator: "\n")
    }

    private static func message(_ number: Int32) -> String {
        guard let text = strerror(number) else { return "errno \(number)" }
        return "\(String(cString: text)) (errno \(number))"
    }
}
