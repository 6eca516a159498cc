/// What the respondent consented to, read from the grid's consent questions: true for yes,
/// false for no, nil when the question was not answered (skipped, refused, not reached).
public struct RecordConsent: Sendable, Equatable, Codable {
    public var interview: Bool?
    public var publication: Bool?

    public init(interview: Bool?, publication: Bool?) {
        self.interview = interview
        self.publication = publication
    }

    /// The consent recorded in `record` under the grid's consent questions; nil when the grid has none.
    public init?(_ consent: GridConsent?, in record: CaseRecord) {
        guard let consent else { return nil }
        self.init(interview: consent.interview.flatMap(record.yesNoAnswer), publication: consent.publication.flatMap(record.yesNoAnswer))
    }

    private enum CodingKeys: String, CodingKey { case interview, publication }

    /// Unanswered is written `null`, not left out: the two keys are always there.
    public func encode(to encoder: Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(interview, forKey: .interview)
        try container.encode(publication, forKey: .publication)
    }

    func write(to json: inout JSONText) {
        json.object { json in
            json.key("interview"); optional(interview, &json)
            json.key("publication"); optional(publication, &json)
        }
    }

    private func optional(_ value: Bool?, _ json: inout JSONText) {
        json.bool(orNull: value)
    }
}
