/// A note or quote in a case record.
public struct RecordAnnotation: Sendable, Equatable, Codable {
    public var text: String
    public var at: String
    /// The question it was taken at, for annotations listed at case level.
    public var question: String?

    public init(text: String, at: String, question: String? = nil) {
        self.text = text
        self.at = at
        self.question = question
    }
}
