import ArgumentParser
import Grid

/// `interview grid show [PATH]`: the outline of a grid, the built-in one by default (`-`: stdin).
struct GridShowCommand: ParsableCommand {
    static var configuration: CommandConfiguration {
        CommandConfiguration(
            commandName: "show",
            abstract: HelpText.gridShowAbstract.current
        )
    }

    @OptionGroup var options: GlobalOptions

    @Argument(help: HelpText.gridShowFile.help)
    var path: String?

    func run() throws {
        let loaded = try Failure.reporting(in: options.language()) { try GridSource.load(pathOrStandardInput: path) }
        // The outline, and what goes wrong printing it, in the grid's language.
        let language = options.language(grid: loaded.grid)
        try Failure.reporting(in: language) {
            try StandardOutput.write(GridOutline(grid: loaded.grid.localized(to: language), language: language).text)
        }
    }
}
