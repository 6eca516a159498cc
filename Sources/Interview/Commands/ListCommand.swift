import ArgumentParser
import Foundation
import Grid

/// `interview list`: every case with its grid, status, progress, interviewer and last change.
struct ListCommand: ParsableCommand {
    static var configuration: CommandConfiguration {
        CommandConfiguration(
            commandName: "list",
            abstract: HelpText.listAbstract.current
        )
    }

    /// How to print the list.
    enum Format: String, ExpressibleByArgument, CaseIterable {
        case table, json
    }

    @OptionGroup var options: GlobalOptions

    @Option(name: [.short, .long], help: HelpText.listFormat.help)
    var format: Format = .table

    func run() throws {
        let language = options.language()
        let failure = try Failure.reporting(in: language) { try list(language: language) }
        // The first case that could not be read decides the status (bad data, I/O error…).
        if let failure { throw ExitCode(failure) }
    }

    /// Lists every case that can be read; one that cannot is said on stderr and the others are
    /// listed all the same. Gives the status of the first that failed.
    private func list(language: Language) throws -> ExitStatus? {
        let store = options.store
        var summaries: [CaseSummary] = []
        var failure: ExitStatus?
        let resolver = CaseGridResolver(store: store)
        // Cases share a few grids: each is read, checked against its SHA-256 and parsed once.
        var grids: [String: LoadedGrid] = [:]
        for caseID in try CaseListing.everyCase(in: store, language: language) {
            do {
                let journal = try JournalReader.read(path: try store.journalPath(for: caseID))
                if journal.tornTail { TornTailWarning.show(caseID: caseID, path: journal.path, language: language) }
                let sha256 = journal.pinnedGrid.sha256
                let loaded = try grids[sha256] ?? resolver.grid(for: journal)
                grids[sha256] = loaded
                let state = SessionState(grid: loaded.grid, replaying: journal.entries)
                summaries.append(CaseSummary(journal: journal, state: state, gridVersion: loaded.grid.version))
            } catch let error as UserFacingError {
                let status = Failure.say(error, in: language)
                failure = failure ?? status
            }
        }
        switch format {
        case .json:
            let encoder = JSONEncoder()
            encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
            let data = try encoder.encode(summaries)
            try StandardOutput.write(String(decoding: data, as: UTF8.self) + "\n")
        case .table:
            if summaries.isEmpty && failure == nil {
                try StandardOutput.write(CommandMessage.noCaseIn(folder: store.directory).text(in: language) + "\n")
            } else {
                try StandardOutput.write(CaseTable(summaries: summaries, language: language).text)
            }
        }
        return failure
    }
}
