import ArgumentParser
import Foundation
import Grid

/// `interview book`: the case book — title page, contents, the profile of the cases, every
/// publishable fiche in the order asked, the themes table and the grid — as Markdown or HTML.
struct BookCommand: ParsableCommand {
    static var configuration: CommandConfiguration {
        CommandConfiguration(commandName: "book", abstract: HelpText.bookAbstract.current, discussion: HelpText.bookDiscussion.current)
    }

    @OptionGroup var options: GlobalOptions

    @Option(name: [.short, .long], help: HelpText.bookFormat.help)
    var format: BookFormat = .markdown

    @Option(name: [.short, .long], help: HelpText.bookOutput.help)
    var output: String?

    @Option(help: HelpText.bookOrder.help)
    var order: BookOrder = .name

    @Option(help: HelpText.bookSyntheses.help)
    var syntheses: String?

    func run() throws {
        TemporaryPaths.watchSignals()
        let language = options.language()
        try Failure.reporting(in: language) { try build(language: language) }
    }

    private func build(language: Language) throws {
        let store = options.store
        // The same path as `summary` and `export --all`.
        let ids = try CaseListing.everyCase(in: store, language: language)
        var catalogue = try CaseCatalogue.check(ids, store: store, language: language)
        let chosen = options.chosenLanguage
        // Records (and so fiches) in --lang when their grid is written in it, else in each case's language.
        catalogue.textLanguage = chosen
        // Without any case, the built-in grid gives the title page and the annex, in --lang when it has it.
        let firstGrid = try catalogue.distinctGrids.first ?? DefaultGrid.load().grid
        let grid = chosen.map(firstGrid.localized(to:)) ?? firstGrid
        let bookLanguage = chosen ?? grid.language
        let synthesesRead = try syntheses.map { try BookSyntheses(folder: $0, grid: grid, language: language) } ?? BookSyntheses()
        let renderer = BookRenderer(format: format, language: bookLanguage, title: BookTitlePage.title(of: grid))
        // The fiches' parts wait in an unlinked temporary file until their order is known.
        let spill = SpillFile(prefix: "interview-book")
        let collection = try BookCollection(catalogue, grid: grid, language: chosen, renderer: renderer, order: order, spill: spill)
        if !collection.unpublished.isEmpty { UnpublishedWarning.show(bookLeavesOut: collection.unpublished, language: language) }
        let book = Book(collection: collection, grid: grid, grids: catalogue.distinctGrids, syntheses: synthesesRead, order: order,
                        renderer: renderer, date: Book.buildDate())
        try OutputSink.writeDocument(to: output) { out in try book.write(fichesFrom: spill, to: out.text) }
    }
}
