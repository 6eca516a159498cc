import ArgumentParser
import Grid

/// `interview schema`: prints the JSON Schema of the case record.
struct SchemaCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "schema",
        abstract: "Print the JSON Schema (2020-12) of the case records that export --format json writes."
    )

    @OptionGroup var options: GlobalOptions

    func run() throws {
        try Failure.reporting(in: options.language()) {
            try StandardOutput.write(CaseRecordSchema.text + (CaseRecordSchema.text.hasSuffix("\n") ? "" : "\n"))
        }
    }
}
