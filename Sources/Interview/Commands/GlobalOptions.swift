import ArgumentParser
import Foundation
import Grid

/// Options every subcommand takes: where responses live and the interface language.
struct GlobalOptions: ParsableArguments {
    @Option(name: .long, help: "Folder of the case journals (default: $INTERVIEW_RESPONSES, else ./responses).")
    var responses: String?

    @Option(name: .long, help: "Interface language: fr or en (default: the grid's language, else $LANG).")
    var lang: String?

    func validate() throws {
        if let lang, Language(rawValue: lang) == nil {
            throw ValidationError("--lang takes fr or en, not '\(lang)'.")
        }
    }

    /// The responses folder as a case store.
    var store: CaseStore {
        CaseStore(directory: responses ?? Environment.value("INTERVIEW_RESPONSES") ?? "responses")
    }

    /// `--lang`, else the grid's language, else `LANG`'s, else French.
    func language(grid: Grid? = nil) -> Language {
        if let lang, let language = Language(rawValue: lang) { return language }
        if let grid { return grid.language }
        for name in ["LC_ALL", "LC_MESSAGES", "LANG"] {
            if let value = Environment.value(name), !value.isEmpty, value != "C", value != "POSIX", !value.hasPrefix("C.") {
                return Language(code: value) ?? .en
            }
        }
        return .fr
    }
}
