/// Relevance, piping and the status of every question for one set of responses.
///
/// Computed in grid order: a `when` sees only answers that count (relevant and answered);
/// a `rank` chooses among its source's current items and is not applicable when there are none;
/// a ranked item that left its source list sends the rank back to unanswered.
public struct Evaluation: Sendable {
    public let questions: [Question]
    public private(set) var statuses: [String: QuestionStatus] = [:]
    /// The answers that count, by question id (ranks filtered to their source's items).
    public private(set) var values: [String: AnswerValue] = [:]
    /// For each relevant rank: the items it chooses from.
    public private(set) var rankItems: [String: [String]] = [:]
    private var indexByID: [String: Int] = [:]

    public init(grid: Grid, responses: [String: Response]) {
        questions = grid.questions
        for section in grid.sections {
            let sectionApplies = section.when?.evaluate { values[$0] } ?? true
            for question in section.questions {
                indexByID[question.id] = indexByID[question.id] ?? indexByID.count
                var applies = sectionApplies && (question.when?.evaluate { values[$0] } ?? true)
                var items: [String] = []
                if applies, question.type == .rank {
                    items = question.from.flatMap { values[$0]?.items } ?? []
                    applies = !items.isEmpty
                    if applies { rankItems[question.id] = items }
                }
                guard applies else {
                    statuses[question.id] = .notApplicable
                    continue
                }
                statuses[question.id] = status(of: question, response: responses[question.id], rankItems: items)
            }
        }
    }

    private mutating func status(of question: Question, response: Response?, rankItems items: [String]) -> QuestionStatus {
        guard let response else { return .unanswered }
        switch response.kind {
        case .skipped: return .skipped
        case .special(.dontKnow): return .dontKnow
        case .special(.refused): return .refused
        case .answered(let value):
            if question.type == .rank {
                let ranked = value.items
                guard ranked.allSatisfy(items.contains) else { return .unanswered }
            }
            values[question.id] = value
            return .answered
        }
    }

    /// The status of the question with this id (unknown ids are not applicable).
    public func status(of id: String) -> QuestionStatus {
        statuses[id] ?? .notApplicable
    }

    /// The grid-order index of a question id.
    public func index(of id: String) -> Int? {
        indexByID[id]
    }

    /// Whether the question is asked in this interview.
    public func isRelevant(_ id: String) -> Bool {
        status(of: id) != .notApplicable
    }

    /// The first open question at or after `start`, wrapping around to the beginning.
    public func nextOpen(from start: Int) -> Int? {
        guard !questions.isEmpty else { return nil }
        for step in 0..<questions.count {
            let index = (max(0, start) + step) % questions.count
            if status(of: questions[index].id).isOpen { return index }
        }
        return nil
    }

    /// The next relevant question after `index`, if any.
    public func nextRelevant(after index: Int) -> Int? {
        questions.indices.first { $0 > index && isRelevant(questions[$0].id) }
    }

    /// The previous relevant question before `index`, if any.
    public func previousRelevant(before index: Int) -> Int? {
        questions.indices.last { $0 < index && isRelevant(questions[$0].id) }
    }

    /// How many relevant questions there are, and how many of them have an answer, skip or special answer.
    public var progress: (done: Int, relevant: Int) {
        let relevant = questions.filter { isRelevant($0.id) }
        return (relevant.filter { !status(of: $0.id).isOpen }.count, relevant.count)
    }

    /// Count of questions with the given status.
    public func count(_ status: QuestionStatus) -> Int {
        statuses.values.filter { $0 == status }.count
    }

    /// Required relevant questions that have no answer.
    public var missingRequired: [Question] {
        questions.filter { $0.required && [.unanswered, .skipped].contains(status(of: $0.id)) }
    }
}
