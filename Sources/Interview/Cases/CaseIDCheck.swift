import ArgumentParser
import Grid

/// Refuses a case id that is not a slug, before any path is built from it (exit 64).
enum CaseIDCheck {
    static func validate(_ caseID: String) throws {
        guard Slug.isValid(caseID) else {
            throw ArgumentMessage.notASlug(TerminalText.safe(caseID)).validationError
        }
    }
}
