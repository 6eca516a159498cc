/// One theme or code of the codebook with what was coded with it across the cases.
public struct ThemeRow: Sendable {
    /// `theme` or `theme.code`.
    public var id: String
    public var label: String
    /// Whether the row is a theme (its counts take in its codes' segments) rather than a code.
    public var isTheme: Bool
    /// Segments coded with it: each counted once, whoever coded it.
    public var mentions: Int
    /// Distinct cases with at least one such segment.
    public var cases: Int
    /// Mentions and cases by grid section, in grid order (sections with none left out).
    public var bySection: [ThemeSectionCount]
    /// The segments, in case order then grid order.
    public var segments: ThemeSegments
}
