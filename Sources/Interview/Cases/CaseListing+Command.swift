import Foundation
import Grid

extension CaseListing {
    /// The cases of the responses folder for `export --all` and `list`, with a warning on stderr
    /// for each `*.jsonl` that is not a regular file (skipped, never followed).
    ///
    /// A missing folder fails with 66 naming it, an unreadable one with 74.
    static func everyCase(in store: CaseStore, language: Language) throws -> [String] {
        let listing: CaseListing
        do {
            listing = try store.listing()
        } catch {
            throw Failure.journal(error, language)
        }
        let t = Messages(language: language)
        for path in listing.skipped {
            let line = t("Ignoré : \(path) n'est pas un fichier ordinaire (lien symbolique ou dossier) ; interview ne suit pas les liens.",
                         "Skipped: \(path) is not a regular file (a symbolic link or folder); interview does not follow links.")
            FileHandle.standardError.write(Data((TerminalText.safe(line) + "\n").utf8))
        }
        return listing.ids
    }
}
