import ArgumentParser
import Foundation
import Grid

/// `interview delete CASE`: removes a case's journal after confirmation (`--yes` for scripts).
struct DeleteCommand: ParsableCommand {
    static var configuration: CommandConfiguration {
        CommandConfiguration(
            commandName: "delete",
            abstract: HelpText.deleteAbstract.current
        )
    }

    @OptionGroup var options: GlobalOptions

    @Argument(help: HelpText.caseID.help)
    var caseID: String

    @Flag(name: [.short, .long], help: HelpText.deleteYes.help)
    var yes = false

    func validate() throws {
        try CaseIDCheck.validate(caseID)
    }

    func run() throws {
        let language = options.language()
        try Failure.reporting(in: language) { try delete(language: language) }
    }

    private func delete(language: Language) throws {
        let store = options.store
        guard store.exists(caseID) else { throw CommandError.noCase(id: caseID, folder: store.directory) }
        if !yes {
            guard isatty(0) == 1 else { throw CommandError.deletionNotConfirmed }
            // The question and its refusal go to stderr, so `delete CASE > file` still asks on the screen.
            say(CommandMessage.confirmDeletion(caseID: caseID).text(in: language))
            guard Swift.readLine()?.trimmingWhitespace == caseID else {
                say(CommandMessage.nothingDeleted.text(in: language), endingTheLine: true)
                return
            }
        }
        try store.delete(caseID)
        print(CommandMessage.deleted(caseID: caseID).text(in: language))
    }

    /// Writes on stderr, control characters made safe (the case id is the user's).
    private func say(_ text: String, endingTheLine: Bool = false) {
        FileHandle.standardError.write(Data((TerminalText.safe(text) + (endingTheLine ? "\n" : "")).utf8))
    }
}
