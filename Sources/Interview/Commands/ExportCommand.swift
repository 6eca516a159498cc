import ArgumentParser
import Foundation
import Grid

/// `interview export`: case records as JSON, fiches as Markdown, a CSV table, or a REFI-QDA project or codebook.
struct ExportCommand: ParsableCommand {
    static var configuration: CommandConfiguration {
        CommandConfiguration(
            commandName: "export",
            abstract: HelpText.exportAbstract.current,
            discussion: HelpText.exportDiscussion.current
        )
    }

    @OptionGroup var options: GlobalOptions

    @Argument(help: HelpText.exportCases.help)
    var cases: [String] = []

    @Flag(help: HelpText.exportAll.help)
    var all = false

    @Option(name: [.short, .long], help: HelpText.exportFormat.help)
    var format: ExportFormat

    @Option(name: [.short, .long], help: HelpText.exportOutput.help)
    var output: String?

    @Option(help: HelpText.exportGrid.help)
    var grid: String?

    /// `--anonymize` (American spelling) is the same flag.
    @Flag(name: [.long, .customLong("anonymize")], help: HelpText.exportAnonymise.help)
    var anonymise = false

    @Flag(help: HelpText.exportKeepNotes.help)
    var keepNotes = false

    @Flag(help: HelpText.exportWithNotes.help)
    var withNotes = false

    @Flag(help: HelpText.includeUnpublished.help)
    var includeUnpublished = false

    @Flag(help: HelpText.exportWithTimes.help)
    var withTimes = false

    @Flag(help: HelpText.exportLabels.help)
    var labels = false

    @Flag(help: HelpText.exportExcel.help)
    var excel = false

    @Flag(help: HelpText.exportRaw.help)
    var raw = false

    @Flag(help: HelpText.exportLong.help)
    var long = false

    func validate() throws {
        if format == .qdc {
            // The codebook alone: of --grid, or of the built-in grid.
            if all || !cases.isEmpty { throw ArgumentMessage.qdcTakesNoCases.validationError }
        } else if all == !cases.isEmpty {
            throw ArgumentMessage.casesOrAll.validationError
        }
        for caseID in cases { try CaseIDCheck.validate(caseID) }
        if format != .csv, labels || excel || raw || long {
            throw ArgumentMessage.csvOptionsNeedCSV.validationError
        }
        if format != .markdown, withNotes { throw ArgumentMessage.withNotesNeedsMarkdown.validationError }
        if format != .markdown, withTimes { throw ArgumentMessage.withTimesNeedsMarkdown.validationError }
        if format != .markdown, includeUnpublished { throw ArgumentMessage.includeUnpublishedNeedsMarkdown.validationError }
        if keepNotes, !anonymise { throw ArgumentMessage.keepNotesNeedsAnonymise.validationError }
    }

    func run() throws {
        // First, before other threads exist: a stopped export removes its partial files.
        TemporaryPaths.watchSignals()
        let language = options.language()
        try Failure.reporting(in: language) { try export(language: language) }
    }

    private func export(language: Language) throws {
        if format == .qdc { return try CaseExporter.qdc(grid: try GridSource.load(path: grid).grid, to: output) }
        let store = options.store
        let ids = all ? try CaseListing.everyCase(in: store, language: language) : cases
        let candidates = try grid.map { [try GridSource.load(path: $0)] } ?? []
        var catalogue = try CaseCatalogue.check(ids, store: store, language: language, candidates: candidates)
        catalogue.textLanguage = options.chosenLanguage
        // Fiches and CSV words follow --lang, else each grid's own language.
        let chosen = options.chosenLanguage
        let exporter = CaseExporter(catalogue: catalogue, anonymise: anonymise, keepNotes: keepNotes, language: chosen,
                                    toTerminal: (output ?? "-") == "-" && isatty(1) == 1)
        switch format {
        case .json: try exporter.json(to: output, shape: !all && cases.count == 1 ? .object : .array)
        case .jsonl: try exporter.json(to: output, shape: .lines)
        case .markdown:
            try exporter.markdown(to: output, withNotes: withNotes, withTimes: withTimes, includeUnpublished: includeUnpublished)
        case .csv:
            let csvLanguage = chosen ?? catalogue.distinctGrids.first?.language ?? language
            try exporter.csv(to: output, options: CSVOptions(language: csvLanguage, labels: labels, raw: raw || (long && !excel), excel: excel,
                                                             anonymise: anonymise), long: long)
        case .qdpx: try exporter.qdpx(to: output)
        case .qdc: break
        }
    }
}

/// The export formats.
enum ExportFormat: String, ExpressibleByArgument, CaseIterable {
    case json, jsonl, markdown, csv
    /// A REFI-QDA project (ZIP), and a REFI-QDA codebook (XML): see `Interview/QDA`.
    case qdpx, qdc
}
