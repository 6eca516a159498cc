import ArgumentParser
import Foundation
import Grid

/// `interview summary`: the profile of every case — how many, by grid, status and interviewer,
/// the counts per option (with group sub-totals) or the spread of numbers of each closed or
/// numeric question — then the themes table (mentions and cases per theme, code and section,
/// with the coded segments), a bar chart in a terminal, and the agreement of two coders.
struct SummaryCommand: ParsableCommand {
    static var configuration: CommandConfiguration {
        CommandConfiguration(commandName: "summary", abstract: HelpText.summaryAbstract.current, discussion: HelpText.summaryDiscussion.current)
    }

    @OptionGroup var options: GlobalOptions

    @Option(name: [.short, .long], help: HelpText.summaryFormat.help)
    var format: SummaryFormat = .markdown

    @Option(name: [.short, .long], help: HelpText.summaryOutput.help)
    var output: String?

    @Option(name: .long, help: HelpText.summaryTheme.help)
    var theme: String?

    @Option(name: .long, help: HelpText.summaryCoder.help)
    var coder: String?

    @Option(name: .long, parsing: .upToNextOption, help: HelpText.summaryAgreement.help)
    var agreement: [String] = []

    @Option(name: .long, help: HelpText.summaryTable.help)
    var table: SummaryTableArgument?

    func run() throws {
        TemporaryPaths.watchSignals()
        let language = options.language()
        try Failure.reporting(in: language) { try summarise(language: language) }
    }

    private func summarise(language: Language) throws {
        if !agreement.isEmpty, agreement.count != 2 || agreement[0] == agreement[1] {
            throw SummaryError.agreementCoders(given: agreement.count)
        }
        let store = options.store
        // The same path as `export --all`: planted and unreadable files are handled the same way.
        let ids = try CaseListing.everyCase(in: store, language: language)
        var catalogue = try CaseCatalogue.check(ids, store: store, language: language)
        catalogue.textLanguage = options.chosenLanguage
        if let theme { try Self.check(theme: theme, in: catalogue.distinctGrids) }
        let document = try count(catalogue)
        let wordsLanguage = options.chosenLanguage ?? catalogue.distinctGrids.first?.language ?? language
        // Written as it is made: the themes quote every coded segment, read back from the tally's spool.
        try OutputSink.writeDocument(to: output) { out in
            switch format {
            case .markdown where out.toTerminal:
                // People read it: the chart goes before the themes, coloured when the terminal may be.
                try out.text(document.profileMarkdown(language: wordsLanguage) + document.themesHeading(language: wordsLanguage))
                try out.verbatim(chart(document, colour: Environment.allowsColour, language: wordsLanguage))
                try document.writeThemesMarkdown(language: wordsLanguage, to: out.text)
            case .markdown: try document.writeMarkdown(language: wordsLanguage, to: out.text)
            case .csv: try out.text(document.csvText(table?.table ?? (document.agreement == nil ? .profile : .agreement), language: wordsLanguage))
            case .json: try document.writeJSON(language: wordsLanguage, to: out.bytes)
            case .chart: try out.verbatim(chart(document, colour: out.toTerminal && Environment.allowsColour, language: wordsLanguage))
            }
        }
    }

    /// The bar chart of mentions per theme (a single theme asked for: it and its codes), to the terminal's width.
    private func chart(_ document: SummaryDocument, colour: Bool, language: Language) -> String {
        let rows = document.themes.flatMap(\.rows)
        let shown = rows.filter(\.isTheme).count > 1 ? rows.filter(\.isTheme) : rows
        let bars = shown.map { ThemeBarChart.Bar(label: $0.isTheme ? $0.label : "  " + $0.label, mentions: $0.mentions, cases: $0.cases) }
        let lines = ThemeBarChart(bars: bars, width: TerminalSize.width, colour: colour).lines(language: language)
        return lines.isEmpty ? "" : "\n" + lines.joined(separator: "\n") + "\n"
    }

    /// Refuses a `--theme` no codebook of the cases has, with the closest known id.
    private static func check(theme: String, in grids: [Grid]) throws {
        guard !grids.isEmpty, !grids.contains(where: { $0.codeIDs.contains(theme) }) else { return }
        throw SummaryError.unknownTheme(id: theme, suggestion: grids.lazy.compactMap { $0.suggestedCodeID(for: theme) }.first)
    }
}

/// The formats of `interview summary`.
enum SummaryFormat: String, ExpressibleByArgument, CaseIterable {
    case markdown, csv, json, chart
}

/// The CSV tables `--table` names.
enum SummaryTableArgument: String, ExpressibleByArgument, CaseIterable {
    case profile, themes, agreement

    var table: SummaryTable {
        switch self {
        case .profile: return .profile
        case .themes: return .themes
        case .agreement: return .agreement
        }
    }
}
