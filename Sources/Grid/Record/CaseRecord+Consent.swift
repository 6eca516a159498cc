extension CaseRecord {
    /// The answer to the grid's consent question `id`: nil when the grid names none; false when
    /// the question was not answered yes (no, skipped, refused, not reached).
    public func consent(_ id: String?) -> Bool? {
        guard let id else { return nil }
        return yesNoAnswer(id) ?? false
    }

    /// The yes/no answer to question `id`: nil when it was not answered (skipped, refused, not reached).
    func yesNoAnswer(_ id: String) -> Bool? {
        guard let question = question(id), question.status == .answered, case .bool(let given)? = question.value else { return nil }
        return given
    }

    /// Whether the case's fiche may be published: true when its grid asks no publication consent.
    public func isPublishable(under consent: GridConsent?) -> Bool {
        self.consent(consent?.publication) ?? true
    }
}
