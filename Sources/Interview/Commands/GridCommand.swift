import ArgumentParser

/// `interview grid …`: check and show grids.
struct GridCommand: ParsableCommand {
    static var configuration: CommandConfiguration {
        CommandConfiguration(
            commandName: "grid",
            abstract: HelpText.gridAbstract.current,
            subcommands: [GridCheckCommand.self, GridShowCommand.self, GridImportCommand.self, GridExportCommand.self]
        )
    }
}
