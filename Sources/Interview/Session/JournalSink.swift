import Grid

/// Where a session appends its events: the case's journal (fsync'd before returning).
protocol JournalSink: AnyObject {
    func append(_ entry: JournalEntry) throws(JournalError)
}

extension JournalWriter: JournalSink {}
