import ArgumentParser
import Foundation
import Grid

/// `interview grid check PATH...`: every problem of each grid, or a one-line summary.
struct GridCheckCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "check",
        abstract: "Check grid files: a summary line per good grid, every problem as FILE:LINE:COL: message."
    )

    @OptionGroup var options: GlobalOptions

    @Argument(help: "Grid files (YAML or JSON).")
    var paths: [String]

    func validate() throws {
        if paths.isEmpty { throw ValidationError("Name at least one grid file.") }
    }

    func run() throws {
        var worst: Int32 = 0
        for path in paths {
            do {
                let loaded = try GridLoader.load(contentsOf: path)
                let t = Messages(language: options.language(grid: loaded.grid))
                let grid = loaded.grid
                let line = t("\(path) : grille « \(grid.id) » v\(grid.version) correcte — \(grid.sections.count) sections, \(grid.questions.count) questions, \(grid.codebook.count) thèmes.",
                             "\(path): grid '\(grid.id)' v\(grid.version) is valid — \(grid.sections.count) sections, \(grid.questions.count) questions, \(grid.codebook.count) themes.")
                try StandardOutput.write(TerminalText.safe(line) + "\n")
            } catch let error as OutputError {
                throw Failure.output(error, options.language())
            } catch let error as GridLoadError {
                let code = Failure.grid(error, options.language())
                worst = max(worst, code.rawValue == SysExit.noInput ? SysExit.noInput : code.rawValue)
            }
        }
        if worst != 0 { throw ExitCode(worst) }
    }
}
