/// A theme's mentions and cases in one section of the grid (« Au démarrage … (7 mentions) »).
public struct ThemeSectionCount: Sendable, Equatable {
    /// The section's id; nil for quotes taken between questions.
    public var section: String?
    public var title: String?
    public var mentions: Int
    public var cases: Int
}
