import ArgumentParser
import Foundation
import Grid

/// `interview delete CASE`: removes a case's journal after confirmation (`--yes` for scripts).
struct DeleteCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "delete",
        abstract: "Delete a case (asks to confirm; --yes for scripts)."
    )

    @OptionGroup var options: GlobalOptions

    @Argument(help: "The case id.")
    var caseID: String

    @Flag(help: "Do not ask for confirmation.")
    var yes = false

    func validate() throws {
        try CaseIDCheck.validate(caseID)
    }

    func run() throws {
        let store = options.store
        let language = options.language()
        let t = Messages(language: language)
        guard store.exists(caseID) else {
            throw Failure.noCase(caseID, in: store, language)
        }
        if !yes {
            guard isatty(0) == 1 else {
                throw Failure.exit(t("Suppression non confirmée : ajoutez --yes pour supprimer sans question.",
                                     "Deletion not confirmed: add --yes to delete without a question."), code: SysExit.usage)
            }
            print(t("Supprimer définitivement le cas « \(caseID) » et toutes ses réponses? Tapez l'identifiant du cas pour confirmer : ",
                    "Delete case '\(caseID)' and all its answers for good? Type the case id to confirm: "), terminator: "")
            guard Swift.readLine()?.trimmingWhitespace == caseID else {
                print(t("Rien n'est supprimé.", "Nothing deleted."))
                return
            }
        }
        do {
            try store.delete(caseID)
        } catch {
            throw Failure.journal(error, language)
        }
        print(t("Cas « \(caseID) » supprimé.", "Case '\(caseID)' deleted."))
    }
}
