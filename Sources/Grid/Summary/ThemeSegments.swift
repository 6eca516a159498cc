/// The coded segments of one row of a themes table, read back from the tally's spool (from one
/// thread at a time, as the spool's file is).
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

    /// How many pieces of the spool are read and turned by `mapPieces` at once.
    private static let piecesPerBatch = 8

    /// Hands each segment (or each own one) to `body`, in case order then grid order.
    public func forEach(ownOnly: Bool = false, _ body: (ThemeSegment) throws -> Void) throws {
        try mapPieces(ownOnly: ownOnly, { $0 }) { segments in
            for segment in segments { try body(segment) }
        }
    }

    /// Turns the segments (or the own ones) with `transform`, a piece of the spool at a time on
    /// all cores — a few hundred segments each —, and hands the results to `body` in order.
    public func mapPieces<Output: Sendable>(ownOnly: Bool = false, _ transform: @Sendable ([ThemeSegment]) -> Output,
                                            _ body: (Output) throws -> Void) throws {
        let labels = questionLabels
        var batch: [[UInt8]] = []
        func flush() throws {
            let results = ParallelMap.run(batch) { bytes in
                Result { () throws(TemporaryFileError) -> Output in
                    transform(try SegmentSpool.segments(in: bytes, ownOnly: ownOnly).map { segment in
                        var segment = segment
                        segment.questionLabel = segment.question.flatMap { labels[$0] }
                        return segment
                    })
                }
            }
            batch.removeAll()
            for result in results { try body(try result.get()) }
        }
        for piece in spool.pieces(in: row) {
            batch.append(try spool.bytes(of: piece))
            if batch.count == Self.piecesPerBatch { try flush() }
        }
        try flush()
    }

    /// The segments (or the own ones) in an array: for small tables and tests.
    public func all(ownOnly: Bool = false) throws -> [ThemeSegment] {
        var segments: [ThemeSegment] = []
        try forEach(ownOnly: ownOnly) { segments.append($0) }
        return segments
    }
}
