import ArgumentParser
import Foundation
import Grid

/// `interview list`: every case with its grid, status, progress, interviewer and last change.
struct ListCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "list",
        abstract: "List the cases: grid, status, progress, interviewer, last change."
    )

    /// How to print the list.
    enum Format: String, ExpressibleByArgument, CaseIterable {
        case table, json
    }

    @OptionGroup var options: GlobalOptions

    @Option(help: "table (default) or json.")
    var format: Format = .table

    func run() throws {
        let store = options.store
        let language = options.language()
        let t = Messages(language: language)
        var summaries: [CaseSummary] = []
        var failed = false
        for caseID in store.caseIDs() {
            do {
                let journal = try JournalReader.read(path: try store.journalPath(for: caseID))
                if journal.tornTail { TornTailWarning.show(caseID: caseID, path: journal.path, language: language) }
                let loaded = try CaseGridResolver(store: store).grid(for: journal)
                let state = SessionState(grid: loaded.grid, replaying: journal.entries)
                summaries.append(CaseSummary(journal: journal, state: state, gridVersion: loaded.grid.version))
            } catch let error as JournalError {
                failed = true
                warn(error.message(in: language))
            } catch let error as CaseGridError {
                failed = true
                warn(error.message(in: language))
            }
        }
        switch format {
        case .json:
            let encoder = JSONEncoder()
            encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
            let data = try encoder.encode(summaries)
            print(String(decoding: data, as: UTF8.self))
        case .table:
            if summaries.isEmpty && !failed {
                print(t("Aucun cas dans \(store.directory).", "No case in \(store.directory)."))
            } else {
                print(CaseTable(summaries: summaries, messages: t).text, terminator: "")
            }
        }
        if failed { throw ExitCode(SysExit.dataError) }
    }

    /// A case that cannot be listed, said on stderr; the others are listed all the same.
    private func warn(_ message: String) {
        FileHandle.standardError.write(Data((TerminalText.safe(message) + "\n").utf8))
    }
}
