import Foundation

/// A note or a verbatim quote taken during the interview, attached to the question on screen.
public struct Annotation: Sendable, Equatable {
    public var question: String?
    public var text: String
    public var at: Date

    public init(question: String?, text: String, at: Date) {
        self.question = question
        self.text = text
        self.at = at
    }
}
