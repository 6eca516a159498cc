import ArgumentParser
import Foundation
import Grid

/// `interview resume CASE`: continues a case where it stopped, on the grid it was started with.
struct ResumeCommand: ParsableCommand {
    static var configuration: CommandConfiguration {
        CommandConfiguration(
            commandName: "resume",
            abstract: HelpText.resumeAbstract.current
        )
    }

    @OptionGroup var options: GlobalOptions

    @Argument(help: HelpText.caseID.help)
    var caseID: String

    @Option(help: HelpText.resumeGrid.help)
    var grid: String?

    func validate() throws {
        try CaseIDCheck.validate(caseID)
    }

    func run() throws {
        UTF8Locale.activate()
        let language = options.language()
        try Failure.reporting(in: language) { try resume(fallbackLanguage: language) }
    }

    /// Failures to open the case or find its grid are said in `fallbackLanguage`; the grid move
    /// and the session, in the grid's language (unless --lang).
    private func resume(fallbackLanguage: Language) throws {
        let store = options.store
        let override = try grid.map { try GridSource.load(path: $0) }
        guard store.exists(caseID) else { throw CommandError.noCase(id: caseID, folder: store.directory) }
        let (writer, recovery, journal) = try JournalWriter.open(store: store, caseID: caseID)
        defer { writer.close() }
        var loaded = try CaseGridResolver(store: store).grid(for: journal, candidates: override.map { [$0] } ?? [])
        let language = options.language(grid: loaded.grid, journal: journal)
        // A grid written in several languages asks its questions in the session's language.
        loaded = loaded.localized(to: language)
        let terminal = SessionTerminal.current()
        let console = terminal.console
        report(recovery, console: console, language: language)
        var state = SessionState(grid: loaded.grid, started: journal.header.startDate, replaying: journal.entries)
        if let override, override.sha256 == loaded.sha256 {
            // The kept copy was missing and this file stands in for it: keep it again.
            try store.saveGridCopy(override)
        }
        if let override, override.sha256 != loaded.sha256 {
            let move = GridMove(from: loaded.grid, to: override.grid, state: state)
            try Failure.reporting(in: language) {
                guard move.missingAnswered.isEmpty else {
                    throw CaseGridError.questionsMissing(caseID: caseID, file: override.file, ids: move.missingAnswered)
                }
            }
            try store.saveGridCopy(override)
            try writer.append(JournalEntry(.grid(id: override.grid.id, version: override.grid.version, sha256: override.sha256)))
            console.say(CommandMessage.gridMoved(grid: override.grid.id, version: override.grid.version).text(in: language))
            for line in move.summary(in: language) { console.say("  " + line) }
            loaded = override.localized(to: language)
            state = SessionState(grid: loaded.grid, started: journal.header.startDate, replaying: journal.entries)
        }
        let runner = InterviewRunner(loaded: loaded, caseID: caseID, state: state, journal: writer, editor: terminal.editor,
                                     console: console, language: language)
        runner.pager = Pager.forTerminal()
        runner.coder = CoderName.usable(journal.header.interviewer)
        runner.resumeCommand = TerminalText.safe(options.resumeCommand(caseID: caseID))
        let outcome = runner.run(isNew: false)
        try Failure.reporting(in: language) { try SessionExit.check(outcome) }
    }

    private func report(_ recovery: JournalRecovery, console: Console, language: Language) {
        if let torn = recovery.tornBytesMovedTo {
            console.error(CommandMessage.tornTailSetAside(path: torn).text(in: language))
        }
        if recovery.permissionsFixed {
            console.error(CommandMessage.permissionsFixed.text(in: language))
        }
    }
}
