/// What the session does after handling one input at a question.
enum Step: Equatable {
    /// Ask the same question again (with `prefill` in the edit line).
    case stay(prefill: String)
    /// Something was recorded: go to the next open question.
    case advance
    /// Show the question at this grid index.
    case goTo(Int)
    /// Stop the session.
    case end(SessionOutcome)
}
