import ArgumentParser
import Grid

/// Turns how a session ended into the process's exit: nothing, a signal's status, or an error.
enum SessionExit {
    static func check(_ outcome: SessionOutcome) throws {
        switch outcome {
        case .paused, .completed:
            return
        case .signalled(let signal):
            throw ExitCode(128 + signal)
        case .invalidInput(let line, let question, let message):
            throw CommandError.invalidInput(line: line, question: question, message: message)
        case .saveFailed(let error):
            // The session has said it already.
            throw ExitCode(error.exitCode)
        }
    }
}
