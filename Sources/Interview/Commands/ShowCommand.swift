import ArgumentParser
import Foundation
import Grid

/// `interview show CASE`: the case's fiche in the terminal, wrapped to its width.
struct ShowCommand: ParsableCommand {
    static var configuration: CommandConfiguration {
        CommandConfiguration(
            commandName: "show",
            abstract: HelpText.showAbstract.current
        )
    }

    @OptionGroup var options: GlobalOptions

    @Argument(help: HelpText.caseID.help)
    var caseID: String

    @Flag(help: HelpText.showWithNotes.help)
    var withNotes = false

    @Flag(help: HelpText.showTimes.help)
    var times = false

    @Option(help: HelpText.showGrid.help)
    var grid: String?

    @Flag(help: HelpText.includeUnpublished.help)
    var includeUnpublished = false

    func validate() throws {
        try CaseIDCheck.validate(caseID)
    }

    func run() throws {
        let language = options.language()
        try Failure.reporting(in: language) { try show(language: language) }
    }

    private func show(language: Language) throws {
        let candidates = try grid.map { [try GridSource.load(path: $0)] } ?? []
        var catalogue = try CaseCatalogue.check([caseID], store: options.store, language: language, candidates: candidates)
        catalogue.textLanguage = options.chosenLanguage
        guard let (record, grid) = try catalogue.record(caseID, anonymise: false) else { return }
        guard includeUnpublished || record.isPublishable(under: grid.grid.consent) else {
            UnpublishedWarning.show(caseID: record.caseID, language: language)
            return
        }
        // In the case's language, or in `--lang` when the grid is written in it.
        let fiche = options.lang == nil ? grid.grid : grid.grid.localized(to: language)
        let words = options.lang == nil ? fiche.language : language
        let markdown = FicheRenderer(grid: fiche, language: words, withNotes: withNotes, withTimes: times).render(record)
        let colour = isatty(1) == 1 && Environment.allowsColour
        try StandardOutput.write(TerminalFiche(width: TerminalSize.width, colour: colour).render(markdown: markdown))
    }
}
