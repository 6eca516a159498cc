import ArgumentParser
import Foundation
import Grid

/// `interview codebook`: the data dictionary of the wide CSV, one entry per column.
struct CodebookCommand: ParsableCommand {
    static var configuration: CommandConfiguration {
        CommandConfiguration(
            commandName: "codebook",
            abstract: HelpText.codebookAbstract.current,
            discussion: HelpText.codebookDiscussion.current
        )
    }

    @OptionGroup var options: GlobalOptions

    @Option(help: HelpText.codebookGrid.help)
    var grid: String?

    @Option(name: [.short, .long], help: HelpText.codebookFormat.help)
    var format: CodebookFormat = .csv

    @Option(name: [.short, .long], help: HelpText.codebookOutput.help)
    var output: String?

    func run() throws {
        let loaded = try Failure.reporting(in: options.language()) { try GridSource.load(path: grid) }
        let language = options.language(grid: loaded.grid)
        try Failure.reporting(in: language) { try write(Codebook(grid: loaded.grid.localized(to: language), language: language)) }
    }

    private func write(_ codebook: Codebook) throws {
        var destination = try OutputDestination.of(output, folderWanted: { _ in false })
        if case .folder(let folder) = destination {
            // An existing folder gets `codebook.<extension>` inside it.
            destination = try OutputDestination.of(folder + "/codebook." + format.fileExtension, folderWanted: { _ in false })
        }
        let text: String
        switch format {
        case .csv: text = codebook.csvText()
        case .json: text = codebook.jsonText()
        case .markdown: text = codebook.markdownText()
        case .r: text = codebook.rScript()
        }
        let sink = try OutputSink(destination: destination)
        let toTerminal = destination == .standardOutput && isatty(1) == 1
        try sink.write(toTerminal ? TerminalText.safe(text, keepNewlines: true) : text)
        try sink.commit()
    }
}
