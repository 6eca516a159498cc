/// A group of options (the grid's `group:` on choices) and how many cases chose any of them.
///
/// A multichoice case that ticked two options of one group is counted once for the group.
public struct GroupCount: Sendable, Equatable {
    /// The group's name as the grid writes it (`Coopératives`).
    public var label: String
    public var count: Int
    /// The ids of the group's options, in the grid's order.
    public var options: [String]
}
