/// A point in time a bounded wait must not pass, measured on the monotonic clock.
struct Deadline: Sendable {
    private let end: ContinuousClock.Instant

    /// Creates the deadline `seconds` from now.
    init(seconds: Double) {
        end = ContinuousClock.now + .milliseconds(Int64((max(0, seconds) * 1000).rounded()))
    }

    /// Whether the deadline has passed.
    var hasPassed: Bool { ContinuousClock.now >= end }

    /// Milliseconds left, at least 0, suitable for `poll`; capped at `cap` when given.
    func remainingMilliseconds(cap: Int32 = .max) -> Int32 {
        let left = end - ContinuousClock.now
        let (seconds, attoseconds) = left.components
        guard seconds >= 0, !(seconds == 0 && attoseconds <= 0) else { return 0 }
        let milliseconds = seconds * 1000 + attoseconds / 1_000_000_000_000_000 + 1
        return Int32(clamping: min(Int64(cap), milliseconds))
    }
}
