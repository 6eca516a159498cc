/// Relevance, piping and the status of every question for one set of responses.
///
/// Computed in grid order: a `when` sees only answers that count (relevant and answered);
/// a `rank` chooses among its source's current items and is not applicable when there are none;
/// a ranked item that left its source list sends the rank back to unanswered.
/// Statuses and values are kept by grid-order position, as `Grid.index` numbers the questions.
public struct Evaluation: Sendable {
    public let questions: [Question]
    private let questionIndex: QuestionIndex
    /// The status of each question, by position.
    private var statuses: [QuestionStatus]
    /// The answer that counts for each question, by position (ranks filtered to their source's items).
    private var values: [AnswerValue?]
    /// For each relevant rank: the items it chooses from.
    public private(set) var rankItems: [String: [String]] = [:]

    public init(grid: Grid, responses: [String: Response]) {
        let index = grid.index
        questionIndex = index
        questions = index.questions
        var statuses = [QuestionStatus](repeating: .notApplicable, count: questions.count)
        var values = [AnswerValue?](repeating: nil, count: questions.count)
        var rankItems: [String: [String]] = [:]
        func answer(_ id: String) -> AnswerValue? {
            index.position(of: id).flatMap { values[$0] }
        }
        var applies = [Bool](repeating: true, count: index.sectionConditions.count)
        var evaluated = -1  // the last section whose condition was evaluated
        for (position, rule) in index.rules.enumerated() {
            if rule.section != evaluated {
                evaluated = rule.section
                applies[rule.section] = index.sectionConditions[rule.section]?.evaluate(answer) ?? true
            }
            guard applies[rule.section], rule.when?.evaluate(answer) ?? true else { continue }
            var items: [String] = []
            if rule.isRank {
                items = rule.rankSource.flatMap { values[$0]?.items } ?? []
                guard !items.isEmpty else { continue }
                rankItems[rule.id] = items
            }
            guard let response = responses[rule.id] else {
                statuses[position] = .unanswered
                continue
            }
            switch response.kind {
            case .skipped: statuses[position] = .skipped
            case .special(.dontKnow): statuses[position] = .dontKnow
            case .special(.refused): statuses[position] = .refused
            case .answered(let value):
                // A ranked item that left its source list sends the rank back to unanswered.
                if rule.isRank, !value.items.allSatisfy(items.contains) {
                    statuses[position] = .unanswered
                } else {
                    values[position] = value
                    statuses[position] = .answered
                }
            }
        }
        self.statuses = statuses
        self.values = values
        self.rankItems = rankItems
    }

    /// The status of the question with this id (unknown ids are not applicable).
    public func status(of id: String) -> QuestionStatus {
        questionIndex.position(of: id).map { statuses[$0] } ?? .notApplicable
    }

    /// The status of the question at this grid-order position.
    public func status(at position: Int) -> QuestionStatus {
        statuses[position]
    }

    /// The answer that counts for the question with this id, if it has one.
    public func value(of id: String) -> AnswerValue? {
        questionIndex.position(of: id).flatMap { values[$0] }
    }

    /// The answer that counts for the question at this grid-order position, if it has one.
    public func value(at position: Int) -> AnswerValue? {
        values[position]
    }

    /// The grid-order index of a question id.
    public func index(of id: String) -> Int? {
        questionIndex.position(of: id)
    }

    /// Whether the question is asked in this interview.
    public func isRelevant(_ id: String) -> Bool {
        status(of: id) != .notApplicable
    }

    /// The first open question at or after `start`, wrapping around to the beginning.
    public func nextOpen(from start: Int) -> Int? {
        guard !questions.isEmpty else { return nil }
        for step in 0..<questions.count {
            let position = (max(0, start) + step) % questions.count
            if statuses[position].isOpen { return position }
        }
        return nil
    }

    /// The next relevant question after `index`, if any.
    public func nextRelevant(after index: Int) -> Int? {
        statuses.indices.first { $0 > index && statuses[$0] != .notApplicable }
    }

    /// The previous relevant question before `index`, if any.
    public func previousRelevant(before index: Int) -> Int? {
        statuses.indices.last { $0 < index && statuses[$0] != .notApplicable }
    }

    /// How many relevant questions there are, and how many of them have an answer, skip or special answer.
    public var progress: (done: Int, relevant: Int) {
        let tally = self.tally
        return (tally.done, tally.relevant)
    }

    /// How many relevant questions are answered, skipped, don't know, refused and open.
    public var tally: StatusTally {
        StatusTally(statuses)
    }

    /// How far through the grid the question at `position` is, in percent: the share of the
    /// grid's questions that come before it in grid order.
    ///
    /// Not done/relevant: relevance grows as answers come (a consent makes its sections
    /// relevant), so that ratio drops in a straight-through interview (25 %, 50 %, 75 %, then
    /// 7 % on the built-in grid). Position in grid order only grows as the interview moves on,
    /// whatever becomes relevant; questions that turn out not to apply are simply passed over.
    public func percentThrough(position: Int) -> Int {
        guard !questions.isEmpty else { return 0 }
        return min(100, max(0, position) * 100 / questions.count)
    }

    /// Count of questions with the given status.
    public func count(_ status: QuestionStatus) -> Int {
        statuses.filter { $0 == status }.count
    }

    /// Required relevant questions that have no answer.
    public var missingRequired: [Question] {
        statuses.indices.filter { questions[$0].required && [.unanswered, .skipped].contains(statuses[$0]) }.map { questions[$0] }
    }
}
