/// The grid's consent questions: yes/no questions whose answers say what the respondent agreed to.
public struct GridConsent: Sendable, Equatable {
    /// The question recording consent to the interview itself.
    public var interview: String?
    /// The question recording consent to publishing the case's fiche.
    public var publication: String?

    public init(interview: String? = nil, publication: String? = nil) {
        self.interview = interview
        self.publication = publication
    }
}
