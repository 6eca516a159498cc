import ArgumentParser
import Foundation
import Grid

/// `interview grid export [GRID] --format xlsform --output FORM.xlsx`: a grid as an XLSForm workbook.
struct GridExportCommand: ParsableCommand {
    /// The formats a grid is written in.
    enum Format: String, ExpressibleByArgument, CaseIterable {
        case xlsform
    }

    static var configuration: CommandConfiguration {
        CommandConfiguration(commandName: "export", abstract: FormHelpText.exportAbstract.text(in: InterfaceLanguage.current))
    }

    @OptionGroup var options: GlobalOptions

    @Argument(help: FormHelpText.exportGrid.help)
    var grid: String?

    @Option(help: FormHelpText.exportFormat.help)
    var format: Format = .xlsform

    @Option(name: .shortAndLong, help: FormHelpText.exportOutput.help)
    var output: String

    func run() throws {
        try Failure.reporting(in: options.language()) {
            let loaded = try GridSource.load(path: grid)
            let bytes: Data
            do {
                bytes = try XLSXWriter.data(sheets: XLSFormExporter(grid: loaded.grid).sheets)
            } catch {
                throw XLSFormError.cannotWrite(path: output, reason: String(describing: error))
            }
            // As QDPX: a file written whole (an existing folder gets `form.xlsx`), a pipe, or `-`
            // for stdout when it is not a terminal.
            let sink = try OutputSink(destination: try CaseExporter.binaryDestination(output, defaultName: "form.xlsx"))
            try sink.write(bytes: bytes)
            try sink.commit()
        }
    }
}
