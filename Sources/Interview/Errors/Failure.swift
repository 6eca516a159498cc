import ArgumentParser
import Foundation
import Grid

/// The one place where an error reaches the user: its lines on stderr, its exit status.
///
/// Every command runs its work through `reporting(in:_:)`, so that no command decides a
/// message's form or an exit code by itself; what leaves `run()` is ArgumentParser's `ExitCode`.
enum Failure {
    /// Runs a command's work; a user-facing error it throws is said on stderr in `language` and
    /// leaves as its `ExitCode`. Other errors (an `ExitCode` already decided, ArgumentParser's
    /// own) go through unchanged.
    static func reporting<Result>(in language: Language, _ work: () throws -> Result) throws -> Result {
        do {
            return try work()
        } catch let error as UserFacingError {
            throw ExitCode(say(error, in: language))
        }
    }

    /// Writes the error's lines on stderr, control characters made safe, and gives its exit status.
    @discardableResult
    static func say(_ error: UserFacingError, in language: Language) -> ExitStatus {
        StandardError.write(lines: error.messageLines(in: language))
        return error.exitCode
    }
}
