import Foundation

/// One case at a glance, for `list`: grid, status, progress, interviewer, last change.
public struct CaseSummary: Sendable, Codable, Equatable {
    public var caseID: String
    public var grid: String
    public var gridVersion: Int
    public var status: SessionState.Lifecycle
    public var done: Int
    public var relevant: Int
    /// The relevant questions by status, as the session counts them.
    public var counts: StatusTally
    public var interviewer: String?
    public var started: String
    public var lastChange: String?

    public init(journal: Journal, state: SessionState, gridVersion: Int) {
        caseID = journal.header.caseID
        grid = state.grid.id
        self.gridVersion = gridVersion
        status = state.lifecycle
        let tally = state.evaluate().tally
        done = tally.done
        relevant = tally.relevant
        counts = tally
        interviewer = journal.header.interviewer
        started = journal.header.started
        lastChange = state.lastEventAt.map(Timestamp.format)
    }

    private enum CodingKeys: String, CodingKey {
        case caseID = "case"
        case grid
        case gridVersion = "grid_version"
        case status, done, relevant, counts, interviewer, started
        case lastChange = "last_change"
    }
}
