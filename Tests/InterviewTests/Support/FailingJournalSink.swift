import Grid
@testable import Interview

/// A journal that cannot write, as on a full disk: the chosen appends (or all of them) throw
/// `writeFailed`; the appends that succeed are kept in memory.
final class FailingJournalSink: JournalSink {
    static let path = "/tmp/plein/essai.jsonl"
    static let error = JournalError.writeFailed(path: path, reason: "No space left on device")
    /// The 1-based numbers of the appends that fail; nil: every append fails.
    private let failing: Set<Int>?
    private(set) var attempts = 0
    private(set) var entries: [JournalEntry] = []

    /// A journal where every append fails.
    init() {
        failing = nil
    }

    /// A journal where only the appends with these 1-based numbers fail.
    init(failingAttempts: Set<Int>) {
        failing = failingAttempts
    }

    func append(_ entry: JournalEntry) throws(JournalError) {
        attempts += 1
        if failing?.contains(attempts) ?? true { throw Self.error }
        entries.append(entry)
    }
}
