/// What one case adds to a themes table: its segments, each under a row and ready for the
/// tally's spool, and the codes the codebook lacks. `ThemeLayout` makes it on any core;
/// `ThemeTally.add` counts it, cases one after the other.
public struct CaseThemes: Sendable {
    /// One segment under one row, with the section it was said in.
    struct Segment: Sendable {
        var row: Int
        var section: String?
        /// The segment as its spool record; nil when only counts are wanted.
        var record: [UInt8]?
    }

    var segments: [Segment] = []
    var unknownCodes: [String: Int] = [:]

    /// Nothing: what a case that is not counted adds.
    public init() {}
}
