#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// The coded segments of every row of a themes table, in the order they were counted, kept in a
/// `SpillFile` a few kilobytes per row at a time: a summary of 10 000 cases quotes hundreds of
/// thousands of segments, and they are only needed once, when the table is written.
final class SegmentSpool: @unchecked Sendable {
    /// How many bytes of a row are held in memory before they go to the spill file.
    private static let pieceSize = 16_384
    private let file = SpillFile(prefix: "interview-segments")
    /// Each row's records not yet set aside.
    private var pending: [[UInt8]]
    /// Each row's pieces in the spill file, in order.
    private var pieces: [[SpillFile.Extent]]

    init(rows: Int) {
        pending = Array(repeating: [], count: rows)
        pieces = Array(repeating: [], count: rows)
    }

    /// Adds a segment's record (`ThemeSegment.record(own:)`) to a row.
    func append(_ record: [UInt8], to row: Int) {
        pending[row].append(contentsOf: record)
        if pending[row].count >= Self.pieceSize {
            pieces[row].append(file.append(pending[row]))
            pending[row].removeAll(keepingCapacity: true)
        }
    }

    /// Hands a row's segments to `body` in the order they were added, a piece at a time.
    func forEach(in row: Int, ownOnly: Bool, _ body: (ThemeSegment) throws -> Void) throws {
        for piece in pieces[row] {
            try read(try file.read(piece), ownOnly: ownOnly, body)
        }
        try read(pending[row], ownOnly: ownOnly, body)
    }

    private func read(_ bytes: [UInt8], ownOnly: Bool, _ body: (ThemeSegment) throws -> Void) throws {
        var reader = ByteReader(bytes)
        while !reader.atEnd {
            switch ThemeSegment.read(from: &reader, ownOnly: ownOnly) {
            case .segment(let segment): try body(segment)
            case .skipped: continue
            case .damaged: throw TemporaryFileError(folder: TemporaryFile.folder, reason: POSIXFile.describe(EIO))
            }
        }
    }
}
