import Foundation

/// The state of one interview, rebuilt by replaying its journal: the last event about a question wins.
public struct SessionState: Sendable {
    /// Whether the interview is going on, paused or finished.
    public enum Lifecycle: String, Sendable, Codable {
        case inProgress = "in_progress"
        case paused
        case completed
    }

    public let grid: Grid
    public private(set) var responses: [String: Response] = [:]
    public private(set) var drafts: [String: Draft] = [:]
    /// Notes and quotes together, in the order they were taken, corrections applied.
    public private(set) var annotations: [Annotation] = []
    /// Markers dropped for the recording (`/repère`), in order.
    public private(set) var marks: [Annotation] = []
    /// Codings in force, in the order their segments were first coded: the last coding of a
    /// segment by a coder replaces the earlier one (one with no codes stays, as "seen, nothing").
    public private(set) var codings: [Coding] = []
    /// Where each segment's coding by each coder is in `codings`, so that a later one replaces it at once.
    private var codingPlaces: [Coding.Key: Int] = [:]
    public var notes: [Annotation] { annotations.filter { !$0.isQuote } }
    public var quotes: [Annotation] { annotations.filter(\.isQuote) }
    public private(set) var lifecycle: Lifecycle = .inProgress
    public private(set) var pauseCount = 0
    public private(set) var firstEventAt: Date?
    /// How many events were applied: the order of the last one.
    public private(set) var eventCount = 0
    public private(set) var lastEventAt: Date?
    /// When the case was last completed, if it was.
    public private(set) var completedAt: Date?
    /// The time the interview has been going on, pauses left out, as the case record counts it.
    public private(set) var activeTime: ActiveTime

    /// A state with nothing recorded; `started` is the journal header's start.
    public init(grid: Grid, started: Date? = nil) {
        self.grid = grid
        activeTime = ActiveTime(start: started)
    }

    /// The state after replaying `entries` in order; `started` is the journal header's start.
    public init(grid: Grid, started: Date? = nil, replaying entries: [JournalEntry]) {
        self.init(grid: grid, started: started)
        for entry in entries { apply(entry) }
    }

    /// Applies one journaled event.
    public mutating func apply(_ entry: JournalEntry) {
        eventCount += 1
        if firstEventAt == nil { firstEventAt = entry.at }
        lastEventAt = entry.at
        activeTime.add(entry)
        switch entry.event {
        case .answer(let id, let value, let seconds, let said):
            responses[id] = Response(.answered(value), at: entry.at, seconds: seconds, said: said)
            responses[id]?.order = eventCount
            drafts[id] = nil
        case .special(let id, let special, let seconds):
            responses[id] = Response(.special(special), at: entry.at, seconds: seconds)
            responses[id]?.order = eventCount
            drafts[id] = nil
        case .skip(let id):
            responses[id] = Response(.skipped, at: entry.at)
            responses[id]?.order = eventCount
            drafts[id] = nil
        case .clear(let id):
            responses[id] = nil
            drafts[id] = nil
        case .draft(let id, let items, let line):
            drafts[id] = Draft(items: items, line: line)
        case .note(let id, let text):
            annotations.append(Annotation(question: id, text: text, at: entry.at))
        case .quote(let id, let text):
            annotations.append(Annotation(question: id, text: text, at: entry.at, isQuote: true))
        case .noteEdit(let id, let index, let text):
            let positions = annotations.indices.filter { annotations[$0].question == id }
            guard index >= 1, index <= positions.count else { break }
            if let text { annotations[positions[index - 1]].text = text } else { annotations.remove(at: positions[index - 1]) }
        case .mark(let id, let text):
            marks.append(Annotation(question: id, text: text, at: entry.at))
        case .code(let coding):
            let key = coding.key
            if let index = codingPlaces[key] {
                codings[index] = coding
            } else {
                codingPlaces[key] = codings.count
                codings.append(coding)
            }
        case .navigation, .grid:
            break
        case .pause:
            lifecycle = .paused
            pauseCount += 1
        case .resume:
            lifecycle = .inProgress
        case .complete:
            lifecycle = .completed
            completedAt = entry.at
        }
    }

    /// Relevance, piping and statuses as they stand now.
    public func evaluate() -> Evaluation {
        Evaluation(grid: grid, responses: responses)
    }

    /// Total seconds spent on answers (the last answer of each question).
    public var secondsSpent: Double {
        responses.values.reduce(0) { $0 + $1.seconds }
    }
}
