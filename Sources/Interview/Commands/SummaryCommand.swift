import ArgumentParser
import Foundation
import Grid

/// `interview summary`: the profile of every case — how many, by grid, status and interviewer,
/// and the counts per option or the spread of numbers of each closed or numeric question.
struct SummaryCommand: ParsableCommand {
    static var configuration: CommandConfiguration {
        CommandConfiguration(commandName: "summary", abstract: HelpText.summaryAbstract.current, discussion: HelpText.summaryDiscussion.current)
    }

    @OptionGroup var options: GlobalOptions

    @Option(name: [.short, .long], help: HelpText.summaryFormat.help)
    var format: SummaryFormat = .markdown

    @Option(name: [.short, .long], help: HelpText.summaryOutput.help)
    var output: String?

    func run() throws {
        TemporaryPaths.watchSignals()
        let language = options.language()
        try Failure.reporting(in: language) { try summarise(language: language) }
    }

    private func summarise(language: Language) throws {
        let store = options.store
        // The same path as `export --all`: planted and unreadable files are handled the same way.
        let ids = try CaseListing.everyCase(in: store, language: language)
        var catalogue = try CaseCatalogue.check(ids, store: store, language: language)
        catalogue.textLanguage = options.lang.flatMap(Language.init(rawValue:))
        var profile = CaseProfile()
        for id in ids {
            if let (record, grid) = try catalogue.record(id, anonymise: false) { profile.add(record, grid: grid.grid) }
        }
        let wordsLanguage = options.lang.flatMap(Language.init(rawValue:)) ?? catalogue.distinctGrids.first?.language ?? language
        let text = switch format {
        case .markdown: profile.markdownText(language: wordsLanguage)
        case .csv: profile.csvText(language: wordsLanguage)
        case .json: profile.jsonText(language: wordsLanguage)
        }
        let destination = try OutputDestination.of(output, folderWanted: { _ in false })
        // One document: a folder is refused as any other unsuitable target.
        if case .folder(let path) = destination { throw OutputError.unsuitable(path: path, kind: .folder) }
        let sink = try OutputSink(destination: destination)
        let toTerminal = destination == .standardOutput && isatty(1) == 1
        try sink.write(toTerminal ? TerminalText.safe(text, keepNewlines: true) : text)
        try sink.commit()
    }
}

/// The formats of `interview summary`.
enum SummaryFormat: String, ExpressibleByArgument, CaseIterable {
    case markdown, csv, json
}
