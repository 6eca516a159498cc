import ArgumentParser
import Foundation
import Grid

/// `interview new`: starts an interview on a grid (the built-in one by default).
struct NewCommand: ParsableCommand {
    static var configuration: CommandConfiguration {
        CommandConfiguration(
            commandName: "new",
            abstract: HelpText.newAbstract.current
        )
    }

    @OptionGroup var options: GlobalOptions

    @Option(help: HelpText.newGrid.help)
    var grid: String?

    @Option(name: .customLong("case"), help: HelpText.newCase.help)
    var caseID: String?

    @Option(help: HelpText.newInterviewer.help)
    var interviewer: String?

    func validate() throws {
        if let caseID { try CaseIDCheck.validate(caseID) }
        if let interviewer, interviewer.unicodeScalars.contains(where: { $0.properties.generalCategory == .control }) {
            throw ArgumentMessage.interviewerControl(TerminalText.safe(interviewer)).validationError
        }
    }

    func run() throws {
        UTF8Locale.activate()
        let loaded = try Failure.reporting(in: options.language()) { try GridSource.load(path: grid) }
        // From here on, everything is said in the grid's language (unless --lang).
        let language = options.language(grid: loaded.grid)
        // A grid written in several languages asks its questions in the session's language.
        try Failure.reporting(in: language) { try interview(on: loaded.localized(to: language), language: language) }
    }

    private func interview(on loaded: LoadedGrid, language: Language) throws {
        let store = options.store
        let terminal = SessionTerminal.current()
        let console = terminal.console
        try store.ensureDirectory()
        guard var choice = try chooseCaseID(store: store, editor: terminal.editor, language: language, console: console) else { return }
        try store.saveGridCopy(loaded)
        let writer = try createJournal(store: store, choice: &choice, loaded: loaded, language: language, console: console)
        let caseID = choice.id
        defer { writer.close() }
        // The journal was started just now: the interview's time counts from here.
        let runner = InterviewRunner(loaded: loaded, caseID: caseID, state: SessionState(grid: loaded.grid, started: Date()), journal: writer,
                                     editor: terminal.editor, console: console, language: language)
        runner.pager = Pager.forTerminal()
        runner.coder = CoderName.usable(interviewer)
        runner.resumeCommand = TerminalText.safe(options.resumeCommand(caseID: caseID))
        try SessionExit.check(runner.run(isNew: true))
    }

    /// The new case's journal; when another `new` took the proposed id meanwhile, the next free one.
    private func createJournal(store: CaseStore, choice: inout (id: String, proposed: Bool), loaded: LoadedGrid, language: Language,
                               console: Console) throws(JournalError) -> JournalWriter {
        for _ in 0..<1000 {
            let header = JournalHeader(caseID: choice.id, grid: loaded, interviewer: interviewer, language: language,
                                       program: ProgramVersion.full)
            do {
                return try JournalWriter.create(store: store, header: header)
            } catch {
                guard case .alreadyExists = error, choice.proposed else { throw error }
                choice.id = CaseIDProposal.next(in: store)
                console.error(CommandMessage.caseChosen(id: choice.id).text(in: language))
            }
        }
        throw .alreadyExists(path: try store.journalPath(for: choice.id))
    }

    /// The case id given, or the one proposed (accepted or retyped on a terminal); `proposed`
    /// when the program chose it, so that another free id may replace it.
    private func chooseCaseID(store: CaseStore, editor: LineEditor, language: Language, console: Console) throws -> (id: String, proposed: Bool)? {
        if let caseID {
            if store.exists(caseID) { throw JournalError.alreadyExists(path: try store.journalPath(for: caseID)) }
            return (caseID, false)
        }
        let proposal = CaseIDProposal.next(in: store)
        guard editor.isInteractive else {
            console.error(CommandMessage.caseChosen(id: proposal).text(in: language))
            return (proposal, true)
        }
        var typed = proposal
        while true {
            switch editor.readLine(prompt: CommandMessage.caseIDPrompt.text(in: language), prefill: typed) {
            case .line(let line):
                let id = line.trimmingWhitespace
                if !Slug.isValid(id) {
                    console.error(CommandMessage.invalidCaseID(id: TerminalText.safe(id)).text(in: language))
                } else if store.exists(id) {
                    console.error(CommandMessage.caseExists(id: id).text(in: language))
                } else {
                    return (id, id == proposal)
                }
                typed = id
            case .endOfInput, .interrupted, .terminated, .undecodable:
                return nil
            }
        }
    }
}
