/// The profile of a set of cases: how many, by grid, status and interviewer, and for each
/// closed or numeric question, the counts per option or the spread of the numbers.
///
/// Only cases whose grid's consent allows publication are counted; the others are counted apart.
public struct CaseProfile: Sendable {
    /// Cases counted.
    public private(set) var cases = 0
    /// Cases left out: no consent to publication.
    public private(set) var excluded = 0
    /// Cases by grid (`id v<version>`), by status (`completed`, `paused`, `in_progress`) and by
    /// interviewer (empty when not given).
    public private(set) var byGrid: [String: Int] = [:]
    public private(set) var byStatus: [String: Int] = [:]
    public private(set) var byInterviewer: [String: Int] = [:]
    /// Grid ids in order of first use, with each grid's profiled questions in grid order.
    private var gridOrder: [String] = []
    private var tallies: [String: [QuestionTally]] = [:]
    /// For each grid id, where each profiled question's tally is in `tallies`.
    private var tallyOfQuestion: [String: [String: Int]] = [:]

    public init() {}

    /// Counts one case, or counts it apart when its grid's consent does not allow publication.
    public mutating func add(_ record: CaseRecord, grid: Grid) {
        guard record.isPublishable(under: grid.consent) else {
            excluded += 1
            return
        }
        cases += 1
        byGrid["\(grid.id) v\(grid.version)", default: 0] += 1
        byStatus[record.interview.status.rawValue, default: 0] += 1
        byInterviewer[record.interview.interviewer ?? "", default: 0] += 1
        if tallies[grid.id] == nil { gridOrder.append(grid.id) }
        // Taken out while counting, so that the tallies (and their lists of numbers) are changed
        // in place rather than copied at every case.
        var gridTallies = tallies.removeValue(forKey: grid.id) ?? []
        var positions = tallyOfQuestion.removeValue(forKey: grid.id) ?? [:]
        defer {
            tallies[grid.id] = gridTallies
            tallyOfQuestion[grid.id] = positions
        }
        // A later version of the grid may profile questions the first did not.
        for question in grid.questions where QuestionTally.isProfiled(question.type) && positions[question.id] == nil {
            positions[question.id] = gridTallies.count
            gridTallies.append(QuestionTally(question: question))
        }
        var answers: [String: RecordQuestion] = [:]
        for section in record.sections {
            for question in section.questions where positions[question.id] != nil { answers[question.id] = question }
        }
        for index in gridTallies.indices where grid.question(id: gridTallies[index].question.id) != nil {
            gridTallies[index].add(answers[gridTallies[index].question.id])
        }
    }

    /// Whether the cases follow more than one grid (question keys then carry the grid id).
    public var severalGrids: Bool { gridOrder.count > 1 }

    /// Every profiled question: grids in order of first use, questions in grid order.
    public func questions(in language: Language) -> [QuestionProfile] {
        gridOrder.flatMap { id in (tallies[id] ?? []).map { $0.profile(gridID: id, language: language) } }
    }

    /// A question's key in JSON and CSV: its id, or `grid.id` when the cases follow several grids.
    public func key(_ question: QuestionProfile) -> String {
        severalGrids ? "\(question.gridID).\(question.questionID)" : question.questionID
    }
}
