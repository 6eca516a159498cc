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
    /// Whether each question is personal, by question position: marked `personal`, or piped
    /// (`from:`) from a personal question, whose items its answer repeats.
    private let personal: [Bool]

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
        personal = Self.personal(questions, sources: questions.map { $0.from.flatMap { positions[$0] } })
    }

    /// Personal-ness carried along `from:` chains. A checked grid only pipes from earlier
    /// questions, so one pass in order settles it; passes repeat while anything changes, for
    /// grids built in code that pipe from a later question.
    private static func personal(_ questions: [Question], sources: [Int?]) -> [Bool] {
        var personal = questions.map(\.personal)
        var changed = true
        while changed {
            changed = false
            for (position, source) in sources.enumerated() {
                guard !personal[position], let source, personal[source] else { continue }
                personal[position] = true
                changed = true
            }
        }
        return personal
    }

    /// Whether the question at this grid-order position is personal: marked so, or piped from a
    /// personal question (its answer repeats that question's items).
    public func isPersonal(at position: Int) -> Bool {
        personal[position]
    }

    /// The grid-order position of the question with this id.
    public func position(of id: String) -> Int? {
        positions[id]
    }
}
