import ArgumentParser
import Foundation
import Grid

/// `interview grid check PATH...`: every problem of each grid, or a one-line summary (`-`: stdin).
struct GridCheckCommand: ParsableCommand {
    static var configuration: CommandConfiguration {
        CommandConfiguration(
            commandName: "check",
            abstract: HelpText.gridCheckAbstract.current
        )
    }

    @OptionGroup var options: GlobalOptions

    @Argument(help: HelpText.gridCheckFiles.help)
    var paths: [String]

    func validate() throws {
        if paths.isEmpty { throw ArgumentMessage.nameAGrid.validationError }
    }

    func run() throws {
        let language = options.language()
        // Every grid is checked; the highest status among those that fail is the program's.
        let worst = try Failure.reporting(in: language) {
            try paths.compactMap { path in try check(path, language: language) }.max()
        }
        if let worst { throw ExitCode(worst) }
    }

    /// Prints a good grid's summary line, or says its problems and gives their status.
    private func check(_ path: String, language: Language) throws(OutputError) -> ExitStatus? {
        let loaded: LoadedGrid
        do {
            loaded = try GridSource.load(pathOrStandardInput: path)
        } catch {
            return Failure.say(error, in: language)
        }
        let grid = loaded.grid
        let summary = CommandMessage.gridValid(path: loaded.file, grid: grid.id, version: grid.version, sections: grid.sections.count,
                                               questions: grid.questions.count, themes: grid.codebook.count)
        let line = summary.text(in: options.language(grid: grid))
        try StandardOutput.write(TerminalText.safe(line) + "\n")
        return nil
    }
}
