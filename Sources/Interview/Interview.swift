import ArgumentParser
import Foundation
import Grid

/// `interview`: runs semi-structured interviews from a grid, saving every answer as it is typed.
@main
struct Interview: ParsableCommand {
    static var configuration: CommandConfiguration {
        CommandConfiguration(
            commandName: "interview",
            abstract: HelpText.interviewAbstract.current,
            discussion: HelpText.interviewDiscussion.current,
            version: ProgramVersion.number,
            subcommands: [NewCommand.self, ResumeCommand.self, ListCommand.self, ShowCommand.self, ExportCommand.self, SummaryCommand.self, ImportCommand.self, CodeCommand.self, DeleteCommand.self,
                          SchemaCommand.self, CodebookCommand.self, GridCommand.self]
        )
    }

    /// Parses and runs the command; what the parser says (help, usage, argument errors) is
    /// said in the interface language (swift-argument-parser writes English only).
    static func main() {
        do {
            var command = try parseAsRoot()
            try command.run()
        } catch {
            // Ours, or Foundation's in our words: never "NSCocoaErrorDomain error 256".
            if let error = error as? UserFacingError ?? SystemError(error) {
                exit(withError: ExitCode(Failure.say(error, in: InterfaceLanguage.current)))
            }
            let code = exitCode(for: error)
            let message = ArgumentParserFrench.translated(fullMessage(for: error), into: InterfaceLanguage.current)
            if !message.isEmpty {
                let stream = code == .success ? FileHandle.standardOutput : FileHandle.standardError
                stream.write(Data((message.hasSuffix("\n") ? message : message + "\n").utf8))
            }
            exit(withError: code == .success ? nil : ExitCode(code.rawValue))
        }
    }
}
