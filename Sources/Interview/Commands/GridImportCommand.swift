import ArgumentParser
import Foundation
import Grid

/// `interview grid import FORM.xlsx [--output grids/NAME.yaml] [--strict]`: an XLSForm as grid YAML.
struct GridImportCommand: ParsableCommand {
    static var configuration: CommandConfiguration {
        CommandConfiguration(commandName: "import", abstract: FormHelpText.importAbstract.text(in: InterfaceLanguage.current))
    }

    @OptionGroup var options: GlobalOptions

    @Argument(help: FormHelpText.importForm.help)
    var form: String

    @Option(name: .shortAndLong, help: FormHelpText.importOutput.help)
    var output: String?

    @Flag(help: FormHelpText.importStrict.help)
    var strict = false

    func run() throws {
        let language = options.language()
        try Failure.reporting(in: language) {
            let (yaml, findings) = try FormSource.convert(form)
            StandardError.write(lines: findings.map { $0.text(in: language) })
            let unmapped = findings.filter(\.isUnmapped).count
            if strict, unmapped > 0 { throw XLSFormError.refusedAsStrict(path: form, count: unmapped) }
            // The YAML is loaded back before it is written: a grid that does not load is never left behind.
            do {
                _ = try GridLoader.load(text: yaml, file: output ?? form)
            } catch let error as GridLoadError {
                throw XLSFormError.convertedGridInvalid(path: form, lines: error.messageLines(in: language))
            }
            // The shared path of documents: a file written whole, `-` or nothing for stdout, a pipe.
            try OutputSink.writeDocument(to: output) { try $0.text(yaml) }
        }
    }
}
