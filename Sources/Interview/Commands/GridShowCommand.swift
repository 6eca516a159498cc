import ArgumentParser
import Grid

/// `interview grid show [PATH]`: the outline of a grid, the built-in one by default.
struct GridShowCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "show",
        abstract: "Show a grid's outline: sections, numbered questions, types, conditions, ranks."
    )

    @OptionGroup var options: GlobalOptions

    @Argument(help: "A grid file; the built-in grid when omitted.")
    var path: String?

    func run() throws {
        let loaded = try Failure.reporting(in: options.language()) { try GridSource.load(path: path) }
        // The outline, and what goes wrong printing it, in the grid's language.
        let language = options.language(grid: loaded.grid)
        try Failure.reporting(in: language) {
            try StandardOutput.write(GridOutline(grid: loaded.grid, language: language).text)
        }
    }
}
