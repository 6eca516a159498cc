import ArgumentParser
import Grid

/// Turns how a session ended into the process's exit code.
enum SessionExit {
    static func check(_ outcome: SessionOutcome, t: Messages) throws {
        switch outcome {
        case .paused, .completed:
            return
        case .signalled(let signal):
            throw ExitCode(128 + signal)
        case .invalidInput(let line, let question, let message):
            throw Failure.exit(t("Ligne \(line) de l'entrée, question « \(question) » : \(message) Les réponses précédentes sont enregistrées.",
                                 "Input line \(line), question '\(question)': \(message) The answers before it are saved."),
                               code: SysExit.dataError)
        case .saveFailed(let error):
            throw ExitCode(error.exitCode)
        }
    }
}
