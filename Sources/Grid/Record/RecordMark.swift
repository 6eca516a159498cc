/// A marker dropped for the recording (`/repère`), with its time on the interview's clock.
public struct RecordMark: Sendable, Equatable, Codable {
    public var text: String
    public var at: String
    /// `HH:MM:SS` since the interview started, pauses left out.
    public var offset: String
    /// The question on screen when it was dropped, if any.
    public var question: String?

    public init(text: String, at: String, offset: String, question: String? = nil) {
        self.text = text
        self.at = at
        self.offset = offset
        self.question = question
    }
}
