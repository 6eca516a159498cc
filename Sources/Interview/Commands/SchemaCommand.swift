import ArgumentParser
import Grid

/// `interview schema`: prints the JSON Schema of the case record.
struct SchemaCommand: ParsableCommand {
    static var configuration: CommandConfiguration {
        CommandConfiguration(
            commandName: "schema",
            abstract: HelpText.schemaAbstract.current
        )
    }

    @OptionGroup var options: GlobalOptions

    func run() throws {
        try Failure.reporting(in: options.language()) {
            try StandardOutput.write(CaseRecordSchema.text + (CaseRecordSchema.text.hasSuffix("\n") ? "" : "\n"))
        }
    }
}
