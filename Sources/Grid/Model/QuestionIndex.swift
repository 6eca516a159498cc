/// Every question of a grid in grid order, and where each id is: made once per grid rather than
/// every time a question is looked up (relevance is worked out again after every answer, and
/// once per case in an export).
public struct QuestionIndex: Sendable, Equatable {
    /// Every question in grid order.
    public let questions: [Question]
    /// The grid-order position of each id (the first, should a damaged grid repeat one).
    private let positions: [String: Int]
    /// Each section's condition, by section position.
    let sectionConditions: [Condition?]
    /// What decides each question's relevance, by question position.
    let rules: [RelevanceRule]

    init(_ sections: [Section]) {
        questions = sections.flatMap(\.questions)
        var positions: [String: Int] = [:]
        positions.reserveCapacity(questions.count)
        for (position, question) in questions.enumerated() where positions[question.id] == nil {
            positions[question.id] = position
        }
        self.positions = positions
        sectionConditions = sections.map(\.when)
        rules = sections.enumerated().flatMap { number, section in
            section.questions.map { question in
                RelevanceRule(id: question.id, section: number, when: question.when,
                              rankSource: question.from.flatMap { positions[$0] }, isRank: question.type == .rank)
            }
        }
    }

    /// The grid-order position of the question with this id.
    public func position(of id: String) -> Int? {
        positions[id]
    }
}
