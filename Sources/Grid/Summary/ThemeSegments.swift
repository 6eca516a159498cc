/// The coded segments of one row of a themes table, read back from the tally's spool.
///
/// A row's *own* segments are those it quotes: all of a code's; of a theme's, those coded with
/// the theme alone — a segment coded with one of its codes is quoted under the code.
public struct ThemeSegments: Sendable {
    let spool: SegmentSpool
    let row: Int
    /// How many segments the row holds (its mentions).
    public let count: Int
    /// The labels (or texts) of the tally's grid's questions, by id.
    let questionLabels: [String: String]

    /// Hands each segment (or each own one) to `body`, in case order then grid order.
    public func forEach(ownOnly: Bool = false, _ body: (ThemeSegment) throws -> Void) throws {
        try spool.forEach(in: row, ownOnly: ownOnly) { segment in
            var segment = segment
            segment.questionLabel = segment.question.flatMap { questionLabels[$0] }
            try body(segment)
        }
    }

    /// The segments (or the own ones) in an array: for small tables and tests.
    public func all(ownOnly: Bool = false) throws -> [ThemeSegment] {
        var segments: [ThemeSegment] = []
        try forEach(ownOnly: ownOnly) { segments.append($0) }
        return segments
    }
}
