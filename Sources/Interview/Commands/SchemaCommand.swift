import ArgumentParser
import Grid

/// `interview schema`: prints the JSON Schema of the case record, or with `--summary` that of the summary.
struct SchemaCommand: ParsableCommand {
    static var configuration: CommandConfiguration {
        CommandConfiguration(
            commandName: "schema",
            abstract: HelpText.schemaAbstract.current
        )
    }

    @OptionGroup var options: GlobalOptions

    @Flag(name: .long, help: HelpText.schemaSummary.help)
    var summary = false

    func run() throws {
        let text = summary ? SummarySchema.text : CaseRecordSchema.text
        try Failure.reporting(in: options.language()) {
            try StandardOutput.write(text + (text.hasSuffix("\n") ? "" : "\n"))
        }
    }
}
