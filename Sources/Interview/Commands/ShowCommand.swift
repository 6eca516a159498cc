import ArgumentParser
import Foundation
import Grid

/// `interview show CASE`: the case's fiche in the terminal, wrapped to its width.
struct ShowCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "show",
        abstract: "Show a case's fiche in the terminal."
    )

    @OptionGroup var options: GlobalOptions

    @Argument(help: "The case id.")
    var caseID: String

    @Flag(help: "Add notes and quotes under their entries.")
    var withNotes = false

    @Flag(help: "Add under each answer its time since the interview started, pauses left out (HH:MM:SS, to find it in a recording), and list the /repère markers.")
    var times = false

    @Option(help: "A grid file standing in for the case's kept grid copy if it is missing (same SHA-256 only).")
    var grid: String?

    func validate() throws {
        try CaseIDCheck.validate(caseID)
    }

    func run() throws {
        let language = options.language()
        try Failure.reporting(in: language) { try show(language: language) }
    }

    private func show(language: Language) throws {
        let candidates = try grid.map { [try GridSource.load(path: $0)] } ?? []
        let catalogue = try CaseCatalogue.check([caseID], store: options.store, language: language, candidates: candidates)
        guard let (record, grid) = try catalogue.record(caseID, anonymise: false) else { return }
        let markdown = FicheRenderer(grid: grid.grid, language: options.language(grid: grid.grid), withNotes: withNotes, withTimes: times).render(record)
        let colour = isatty(1) == 1 && Environment.allowsColour
        try StandardOutput.write(TerminalFiche(width: TerminalWidth.current(), colour: colour).render(markdown: markdown))
    }
}
