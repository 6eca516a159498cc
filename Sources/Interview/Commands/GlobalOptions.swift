import ArgumentParser
import Foundation
import Grid

/// Options every subcommand takes: where responses live and the interface language.
struct GlobalOptions: ParsableArguments {
    @Option(name: .long, help: HelpText.responses.help)
    var responses: String?

    @Option(name: .long, help: HelpText.lang.help)
    var lang: String?

    func validate() throws {
        if let lang, Language(rawValue: lang) == nil {
            throw ArgumentMessage.langValue(lang).validationError
        }
    }

    /// The command that resumes `caseID`: `--responses` is given when the folder is not the
    /// default one (`./responses`, no `INTERVIEW_RESPONSES`), quoted for a shell when needed.
    func resumeCommand(caseID: String) -> String {
        let isDefault = responses == nil && Environment.value("INTERVIEW_RESPONSES") == nil
        let folder = isDefault ? nil : store.directory
        return ["interview", "resume", caseID].joined(separator: " ") + (folder.map { " --responses " + ShellWord.quoted($0) } ?? "")
    }

    /// The responses folder as a case store.
    var store: CaseStore {
        CaseStore(directory: responses ?? Environment.value("INTERVIEW_RESPONSES") ?? "responses")
    }

    /// The language `--lang` names, nil when it names none: texts are then written in each
    /// case's own language.
    var chosenLanguage: Language? { lang.flatMap(Language.init(rawValue:)) }

    /// `--lang`, else the language the case was started in, else the grid's language, else
    /// `LANG`'s, else French.
    func language(grid: Grid? = nil, journal: Journal? = nil) -> Language {
        if let language = chosenLanguage { return language }
        if let journal { return journal.header.language }
        if let grid {
            // A grid written in several languages follows the environment's when it has it.
            if grid.languages.count > 1, let wanted = environmentLanguage(), grid.languages.contains(wanted) { return wanted }
            return grid.language
        }
        return environmentLanguage() ?? .fr
    }

    /// The language `LC_ALL`, `LC_MESSAGES` or `LANG` names (English for one we do not speak);
    /// nil when none is set, or the C locale.
    private func environmentLanguage() -> Language? {
        for name in ["LC_ALL", "LC_MESSAGES", "LANG"] {
            if let value = Environment.value(name), !value.isEmpty, value != "C", value != "POSIX", !value.hasPrefix("C.") {
                return Language(code: value) ?? .en
            }
        }
        return nil
    }
}
