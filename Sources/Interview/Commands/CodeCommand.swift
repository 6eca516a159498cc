import ArgumentParser
import Foundation
import Grid

/// `interview code CASE`: walks a coder through the case's texts, journaling their codes;
/// `--list` prints what is coded.
struct CodeCommand: ParsableCommand {
    static var configuration: CommandConfiguration {
        CommandConfiguration(
            commandName: "code",
            abstract: CodeHelpText.abstract.current,
            discussion: CodeHelpText.discussion.current
        )
    }

    @OptionGroup var options: GlobalOptions

    @Argument(help: HelpText.caseID.help)
    var caseID: String

    @Option(help: CodeHelpText.coder.help)
    var coder: String?

    @Flag(help: CodeHelpText.list.help)
    var list = false

    func validate() throws {
        try CaseIDCheck.validate(caseID)
        if let coder, let problem = CoderName.problem(coder) {
            throw ValidationError(problem.text(in: InterfaceLanguage.current))
        }
    }

    /// The coder's name as stored: trimmed, NFC.
    private var coderName: String? { coder.map { $0.trimmingWhitespace.precomposedCanonical } }

    func run() throws {
        UTF8Locale.activate()
        let language = options.language()
        try Failure.reporting(in: language) { try list ? listCodings(language: language) : code(fallbackLanguage: language) }
    }

    /// Opens the case as `resume` does (the lock, the torn tail set aside, its own grid), then walks it.
    private func code(fallbackLanguage: Language) throws {
        let store = options.store
        guard store.exists(caseID) else { throw CommandError.noCase(id: caseID, folder: store.directory) }
        let (writer, recovery, journal) = try JournalWriter.open(store: store, caseID: caseID)
        defer { writer.close() }
        let loaded = try CaseGridResolver(store: store).grid(for: journal)
        let language = options.language(grid: loaded.grid, journal: journal)
        let terminal = SessionTerminal.current()
        if let torn = recovery.tornBytesMovedTo {
            terminal.console.error(CommandMessage.tornTailSetAside(path: torn).text(in: language))
        }
        if recovery.permissionsFixed { terminal.console.error(CommandMessage.permissionsFixed.text(in: language)) }
        try Failure.reporting(in: language) {
            guard !loaded.grid.codeIDs.isEmpty else { throw CodingError.noCodebook(caseID: caseID, grid: loaded.grid.id) }
            let walk = CodingWalk(loaded: loaded, caseID: caseID, record: CaseRecordBuilder().record(journal: journal, grid: loaded),
                                  state: SessionState(grid: loaded.grid, started: journal.header.startDate, replaying: journal.entries),
                                  coder: coderName, journal: writer, editor: terminal.editor, console: terminal.console, language: language)
            try SessionExit.check(walk.run())
        }
    }

    /// `--list`: reads the journal without the lock, as `show` does.
    private func listCodings(language fallback: Language) throws {
        let store = options.store
        guard store.exists(caseID) else { throw CommandError.noCase(id: caseID, folder: store.directory) }
        let journal = try JournalReader.read(path: try store.journalPath(for: caseID))
        if journal.tornTail { TornTailWarning.show(caseID: caseID, path: journal.path, language: fallback) }
        let loaded = try CaseGridResolver(store: store).grid(for: journal)
        let language = options.language(grid: loaded.grid, journal: journal)
        let list = CodingList(record: CaseRecordBuilder().record(journal: journal, grid: loaded),
                              state: SessionState(grid: loaded.grid, started: journal.header.startDate, replaying: journal.entries),
                              grid: loaded.grid, coder: coderName, language: language)
        try StandardOutput.write(list.lines().joined(separator: "\n") + "\n")
    }
}
