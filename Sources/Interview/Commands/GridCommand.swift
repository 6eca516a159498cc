import ArgumentParser

/// `interview grid …`: check and show grids.
struct GridCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "grid",
        abstract: "Check or show interview grids.",
        subcommands: [GridCheckCommand.self, GridShowCommand.self]
    )
}
