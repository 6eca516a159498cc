/// A journal as read: its header, its events in order, and whether a torn last line was ignored.
public struct Journal: Sendable, Equatable {
    /// Line 1: the case and the exact grid it was started with.
    public var header: JournalHeader
    /// Every event after the header, in the order it was written.
    public var entries: [JournalEntry]
    /// Whether the last line was torn (cut short by a crash, or being written right now) and
    /// was left out; readers warn about it.
    public var tornTail: Bool
    /// The file it was read from.
    public var path: String

    public init(header: JournalHeader, entries: [JournalEntry], tornTail: Bool = false, path: String) {
        self.header = header
        self.entries = entries
        self.tornTail = tornTail
        self.path = path
    }
}
