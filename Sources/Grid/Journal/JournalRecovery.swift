/// What `JournalWriter.open` repaired before handing the journal over, for the session to report.
public struct JournalRecovery: Sendable, Equatable {
    /// Where the torn last line was moved (`<case>.jsonl.torn-<time>`), if there was one.
    public var tornBytesMovedTo: String?
    /// Whether the journal was readable by group or others and was set back to `0600`.
    public var permissionsFixed: Bool

    public init(tornBytesMovedTo: String? = nil, permissionsFixed: Bool = false) {
        self.tornBytesMovedTo = tornBytesMovedTo
        self.permissionsFixed = permissionsFixed
    }

    /// Whether nothing had to be repaired.
    public var isClean: Bool { tornBytesMovedTo == nil && !permissionsFixed }
}
