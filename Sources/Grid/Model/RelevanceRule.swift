/// What decides whether one question is asked, taken out of the grid once so that relevance can be
/// worked out after every answer without copying whole questions.
struct RelevanceRule: Sendable, Equatable {
    let id: String
    /// The position of its section in the grid.
    let section: Int
    let when: Condition?
    /// For a `rank`: the position of the list it ranks (nil when that list is unknown).
    let rankSource: Int?
    let isRank: Bool
}
