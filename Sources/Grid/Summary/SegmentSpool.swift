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

    /// A row's pieces in the order they were added: their bytes, read back when needed.
    func pieces(in row: Int) -> [Piece] {
        pieces[row].map(Piece.spilled) + (pending[row].isEmpty ? [] : [.held(pending[row])])
    }

    /// The bytes of a piece.
    func bytes(of piece: Piece) throws(TemporaryFileError) -> [UInt8] {
        switch piece {
        case .spilled(let extent): return try file.read(extent)
        case .held(let bytes): return bytes
        }
    }

    /// The segments in a piece's bytes (only those their row quotes, with `ownOnly`).
    static func segments(in bytes: [UInt8], ownOnly: Bool) throws(TemporaryFileError) -> [ThemeSegment] {
        var reader = ByteReader(bytes)
        var segments: [ThemeSegment] = []
        while !reader.atEnd {
            switch ThemeSegment.read(from: &reader, ownOnly: ownOnly) {
            case .segment(let segment): segments.append(segment)
            case .skipped: continue
            // Bytes this program wrote that do not read back: the temporary file was damaged.
            case .damaged: throw TemporaryFileError(errno: EIO)
            }
        }
        return segments
    }

    /// Some of a row's segments: in the spill file, or still held in memory.
    typealias Piece = SpillText.Piece
}
