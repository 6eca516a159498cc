import Foundation

/// The time an interview has been going on, pauses left out: from its start (or a resume) to
/// the next pause or completion. The case record's `total_seconds` and the session's elapsed
/// time are both this sum, event by event, so the screen and the record agree.
public struct ActiveTime: Sendable, Equatable {
    /// Seconds of the stretches already closed by a pause or a completion.
    public private(set) var closed = 0.0
    /// When the stretch going on began, if one is.
    public private(set) var openedAt: Date?
    /// When the last event was recorded.
    public private(set) var lastAt: Date?

    /// Time counted from `start` (the journal header's start), or from the first event without one.
    public init(start: Date? = nil) {
        openedAt = start
        lastAt = start
    }

    /// Takes one journaled event into account.
    public mutating func add(_ entry: JournalEntry) {
        switch entry.event {
        case .pause, .complete:
            if let start = openedAt { closed += max(0, entry.at.timeIntervalSince(start)) }
            openedAt = nil
        case .resume:
            openedAt = entry.at
        case .code:
            // Coding is done after the interview (`interview code`): it is not interview time.
            return
        default:
            if openedAt == nil, lastAt == nil { openedAt = entry.at }
        }
        lastAt = entry.at
    }

    /// Seconds up to the last event: what the case record says.
    public var seconds: Double {
        guard let start = openedAt, let end = lastAt else { return closed }
        return closed + max(0, end.timeIntervalSince(start))
    }

    /// Seconds up to `now`, the stretch going on counted until then: what the session shows.
    public func seconds(at now: Date) -> Double {
        guard let start = openedAt else { return closed }
        return closed + max(0, now.timeIntervalSince(start))
    }
}
