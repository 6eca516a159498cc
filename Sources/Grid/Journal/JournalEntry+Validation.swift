extension JournalEntry {
    /// Whether the seconds an answer carries are a time someone could spend: finite, not negative.
    ///
    /// A hand-edited journal could say `-5`; the case record publishes seconds as a duration.
    var hasValidSeconds: Bool {
        switch event {
        case .answer(_, _, let seconds, _), .special(_, _, let seconds): return seconds.isFinite && seconds >= 0
        default: return true
        }
    }
}
