import Foundation
import Grid

extension CaseListing {
    /// The cases of the responses folder for `export --all` and `list`, with a warning on stderr
    /// for each `*.jsonl` that is not a regular file (skipped, never followed).
    ///
    /// A missing folder fails as `noDirectory`, an unreadable one as `ioError`.
    static func everyCase(in store: CaseStore, language: Language) throws(JournalError) -> [String] {
        let listing = try store.listing()
        StandardError.write(lines: listing.skipped.map { CommandMessage.skippedNotRegular(path: $0).text(in: language) })
        return listing.ids
    }
}
