/// Every question of a grid in grid order, and where each id is: made once per grid rather than
/// every time a question is looked up (relevance is worked out again after every answer, and
/// once per case in an export).
public struct QuestionIndex: Sendable, Equatable {
    /// Every question in grid order.
    public let questions: [Question]
    /// The grid-order position of each id (the first, should a damaged grid repeat one).
    private let positions: [String: Int]

    init(_ sections: [Section]) {
        questions = sections.flatMap(\.questions)
        var positions: [String: Int] = [:]
        positions.reserveCapacity(questions.count)
        for (position, question) in questions.enumerated() where positions[question.id] == nil {
            positions[question.id] = position
        }
        self.positions = positions
    }

    /// The grid-order position of the question with this id.
    public func position(of id: String) -> Int? {
        positions[id]
    }
}
