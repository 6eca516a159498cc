extension JournalWriter {
    /// Starts the journal of a new case in the store: makes the responses folder if needed,
    /// tidies what a killed `new` left, then creates the journal already locked with its header
    /// (see `create(at:in:header:)`).
    ///
    /// Throws `invalidCaseID` when the header's case id is not a slug, `alreadyExists` when the
    /// case has a journal, `writeFailed` when the disk is full.
    public static func create(store: CaseStore, header: JournalHeader) throws(JournalError) -> JournalWriter {
        let path = try store.journalPath(for: header.caseID)
        try store.ensureDirectory()
        store.removeAbandonedStagedJournals()
        return try create(at: path, in: store.directory, header: header)
    }

    /// Opens the journal of a case of the store to go on writing it (see `open(at:caseID:in:)`).
    public static func open(store: CaseStore, caseID: String) throws(JournalError)
        -> (writer: JournalWriter, recovery: JournalRecovery, journal: Journal)
    {
        try open(at: try store.journalPath(for: caseID), caseID: caseID, in: store.directory)
    }
}
