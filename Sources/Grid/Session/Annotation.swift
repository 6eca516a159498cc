import Foundation

/// A note, a verbatim quote or a marker for the recording, attached to the question on screen.
public struct Annotation: Sendable, Equatable {
    public var question: String?
    public var text: String
    public var at: Date
    /// Whether it is the respondent's own words (`/citation`) rather than the interviewer's note.
    public var isQuote: Bool

    public init(question: String?, text: String, at: Date, isQuote: Bool = false) {
        self.question = question
        self.text = text
        self.at = at
        self.isQuote = isQuote
    }
}
