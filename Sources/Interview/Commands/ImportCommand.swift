import ArgumentParser
import Foundation
import Grid

/// `interview import DIR…`: brings other interviewers' cases (journals and grid copies) into
/// the responses folder, whole or not at all.
struct ImportCommand: ParsableCommand {
    static var configuration: CommandConfiguration {
        CommandConfiguration(
            commandName: "import",
            abstract: HelpText.importAbstract.current,
            discussion: HelpText.importDiscussion.current
        )
    }

    @OptionGroup var options: GlobalOptions

    @Argument(help: HelpText.importFolders.help)
    var folders: [String]

    @Flag(help: HelpText.importRename.help)
    var rename = false

    func run() throws {
        let language = options.language()
        try Failure.reporting(in: language) { try importCases(language: language) }
    }

    private func importCases(language: Language) throws {
        let store = options.store
        var plan = ImportPlan(target: store, rename: rename)
        for folder in folders { try plan.add(folder: folder) }
        for (sha256, bytes) in plan.grids.sorted(by: { $0.key < $1.key }) {
            try store.saveGridCopy(sha256: sha256, bytes: Array(bytes))
        }
        var counts = (new: 0, updated: 0, already: 0)
        for step in plan.steps {
            let message: ImportMessage
            switch step {
            case .add(let arriving, let from, let renamedFrom):
                try store.addJournal(arriving.caseID, bytes: arriving.bytes)
                counts.new += 1
                message = renamedFrom.map { .renamed(caseID: $0, newID: arriving.caseID, from: from) }
                    ?? .added(caseID: arriving.caseID, from: from)
            case .update(let arriving, let replacing, let from):
                try store.replaceJournal(arriving.caseID, expected: replacing, bytes: arriving.bytes)
                counts.updated += 1
                message = .updated(caseID: arriving.caseID, from: from)
            case .keptOurs(let caseID, let from):
                counts.already += 1
                message = .keptOurs(caseID: caseID, from: from)
            case .alreadyThere(let caseID):
                counts.already += 1
                message = .alreadyThere(caseID: caseID)
            }
            print(TerminalText.safe(message.text(in: language)))
        }
        print(TerminalText.safe(ImportMessage.summary(new: counts.new, updated: counts.updated, already: counts.already).text(in: language)))
    }
}
