import ArgumentParser
import Foundation
import Grid

/// Reports a failure as one sentence on stderr and gives the exit code to throw.
enum Failure {
    static func exit(_ message: String, code: Int32) -> ExitCode {
        FileHandle.standardError.write(Data((TerminalText.safe(message) + "\n").utf8))
        return ExitCode(code)
    }

    /// A case id with no journal in the responses folder (exit 66).
    static func noCase(_ caseID: String, in store: CaseStore, _ language: Language) -> ExitCode {
        let t = Messages(language: language)
        return exit(t("Aucun cas « \(caseID) » dans \(store.directory) : interview list montre les cas.",
                      "No case '\(caseID)' in \(store.directory): interview list shows the cases."), code: SysExit.noInput)
    }

    /// A journal error in the interface language, with its sysexits code.
    static func journal(_ error: JournalError, _ language: Language) -> ExitCode {
        exit(error.message(in: language), code: error.exitCode)
    }

    /// Output that could not be written: one sentence (none for a reader gone away), exit 74 or 73.
    static func output(_ error: OutputError, _ language: Language) -> ExitCode {
        guard let message = error.message(in: language) else { return ExitCode(error.exitCode) }
        return exit(message, code: error.exitCode)
    }

    /// A grid that could not be loaded: every issue, one per line.
    static func grid(_ error: GridLoadError, _ language: Language) -> ExitCode {
        let t = Messages(language: language)
        switch error {
        case .fileNotFound(let path):
            return exit(t("Grille introuvable : \(path) n'existe pas.", "Grid not found: \(path) does not exist."), code: 66)
        case .unreadable(let path, let reason):
            return exit(t("Impossible de lire la grille \(path) : \(reason).", "Cannot read the grid \(path): \(reason)."), code: 74)
        case .invalid(_, let issues):
            let text = issues.map { TerminalText.safe($0.description(in: language)) }.joined(separator: "\n")
            FileHandle.standardError.write(Data((text + "\n").utf8))
            return ExitCode(65)
        }
    }
}
