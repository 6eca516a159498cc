import ArgumentParser

/// `interview`: runs semi-structured interviews from a grid, saving every answer as it is typed.
@main
struct Interview: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "interview",
        abstract: "Run semi-structured interviews from a grid, saving every answer as it is typed.",
        discussion: "Entretiens semi-dirigés au clavier : chaque réponse est enregistrée aussitôt.",
        version: ProgramVersion.number,
        subcommands: [NewCommand.self, ResumeCommand.self, ListCommand.self, ShowCommand.self, ExportCommand.self, DeleteCommand.self,
                      SchemaCommand.self, GridCommand.self]
    )
}
