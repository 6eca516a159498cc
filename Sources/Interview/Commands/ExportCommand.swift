import ArgumentParser
import Foundation
import Grid

/// `interview export`: case records as JSON, fiches as Markdown, or a CSV table.
struct ExportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "export",
        abstract: "Export cases as JSON records, Markdown fiches or CSV.",
        discussion: "One case goes to stdout by default; several go to stdout one after the other (JSON Lines, fiches separated by a rule, one CSV), or with --output DIR one file each (one CSV file for all)."
    )

    @OptionGroup var options: GlobalOptions

    @Argument(help: "Case ids (or --all).")
    var cases: [String] = []

    @Flag(help: "Export every case.")
    var all = false

    @Option(help: "json, markdown or csv.")
    var format: ExportFormat

    @Option(help: "A file (all cases in it, like stdout; '-' is stdout), or a folder — existing, ending in '/', or a new name without extension — for one file per case. Only regular files are replaced; a named pipe or a device is written into.")
    var output: String?

    @Option(help: "A grid file standing in for cases whose kept grid copy is missing (same SHA-256 only).")
    var grid: String?

    @Flag(help: "Leave out personal questions (marked personal, or piped with from: from one), the interviewer, and every note and quote unless --keep-notes; replace the case id by its UUID.")
    var anonymise = false

    @Flag(help: "With --anonymise: keep the notes and quotes (not those of personal questions). Read them first: names slip into free text.")
    var keepNotes = false

    @Flag(help: "Markdown: add notes and quotes under their entries.")
    var withNotes = false

    @Flag(help: "Markdown: add under each answer its time since the interview started, pauses left out (HH:MM:SS, to find it in a recording), and list the /repère markers.")
    var withTimes = false

    @Flag(help: "CSV: question labels as column headers instead of ids.")
    var labels = false

    @Flag(help: "CSV: start with a UTF-8 byte order mark, for Excel.")
    var excel = false

    @Flag(help: "CSV: do not guard cells that a spreadsheet would run as formulas.")
    var raw = false

    @Flag(help: "CSV: one row per case × question × item, with times (raw).")
    var long = false

    func validate() throws {
        if all == !cases.isEmpty { throw ValidationError("Name the cases to export, or give --all (not both).") }
        for caseID in cases { try CaseIDCheck.validate(caseID) }
        if format != .csv, labels || excel || raw || long {
            throw ValidationError("--labels, --excel, --raw and --long go with --format csv.")
        }
        if format != .markdown, withNotes { throw ValidationError("--with-notes goes with --format markdown.") }
        if format != .markdown, withTimes { throw ValidationError("--with-times goes with --format markdown.") }
        if keepNotes, !anonymise { throw ValidationError("--keep-notes goes with --anonymise.") }
    }

    func run() throws {
        // First, before other threads exist: a stopped export removes its partial files.
        TemporaryPaths.watchSignals()
        let language = options.language()
        try Failure.reporting(in: language) { try export(language: language) }
    }

    private func export(language: Language) throws {
        let store = options.store
        let ids = all ? try CaseListing.everyCase(in: store, language: language) : cases
        let candidates = try grid.map { [try GridSource.load(path: $0)] } ?? []
        let catalogue = try CaseCatalogue.check(ids, store: store, language: language, candidates: candidates)
        // Fiches and CSV words follow --lang, else each grid's own language.
        let chosen = options.lang.flatMap(Language.init(rawValue:))
        let exporter = CaseExporter(catalogue: catalogue, anonymise: anonymise, keepNotes: keepNotes, language: chosen,
                                    toTerminal: (output ?? "-") == "-" && isatty(1) == 1)
        switch format {
        case .json: try exporter.json(to: output)
        case .markdown: try exporter.markdown(to: output, withNotes: withNotes, withTimes: withTimes)
        case .csv:
            let csvLanguage = chosen ?? catalogue.distinctGrids.first?.language ?? language
            try exporter.csv(to: output, options: CSVOptions(language: csvLanguage, labels: labels, raw: raw || long, excel: excel,
                                                             anonymise: anonymise), long: long)
        }
    }
}

/// The export formats.
enum ExportFormat: String, ExpressibleByArgument, CaseIterable {
    case json, markdown, csv
}
