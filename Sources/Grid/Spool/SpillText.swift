import Foundation

/// A long text made of pieces — some held in memory, some set aside in a `SpillFile` — read
/// back a range at a time, as a ZIP writer asks for an entry's bytes: memory holds where the
/// pieces are, not their bytes. Like its spill file, read from one thread at a time.
public struct SpillText: Sendable {
    /// One piece of the text.
    public enum Piece: Sendable {
        case held([UInt8])
        case spilled(SpillFile.Extent)
    }

    private let file: SpillFile
    private let pieces: [Piece]
    /// Where each piece starts in the text, in increasing order.
    private let starts: [Int64]
    /// The text's length in bytes.
    public let count: Int64

    public init(_ pieces: [Piece], in file: SpillFile) {
        self.file = file
        self.pieces = pieces
        var starts: [Int64] = []
        var total: Int64 = 0
        for piece in pieces {
            starts.append(total)
            switch piece {
            case .held(let bytes): total += Int64(bytes.count)
            case .spilled(let extent): total += Int64(file.count(of: extent))
            }
        }
        self.starts = starts
        count = total
    }

    /// The bytes from `position`, `size` of them (fewer at the end of the text).
    public func bytes(at position: Int64, size: Int) throws(TemporaryFileError) -> Data {
        var result = Data()
        let end = min(count, position + Int64(size))
        var next = position
        var index = piece(holding: position)
        while next < end, index < pieces.count {
            let length = index + 1 < starts.count ? starts[index + 1] - starts[index] : count - starts[index]
            let from = Int(next - starts[index]), to = Int(min(length, end - starts[index]))
            if from < to {
                // Only the part asked for is read: ZIPFoundation asks for a few kilobytes at a time.
                switch pieces[index] {
                case .held(let held): result.append(contentsOf: held[from..<to])
                case .spilled(let extent): result.append(contentsOf: try file.read(extent, range: from..<to))
                }
            }
            next = starts[index] + length
            index += 1
        }
        return result
    }

    /// The index of the piece holding the byte at `position` (binary search of `starts`).
    private func piece(holding position: Int64) -> Int {
        var low = 0, high = starts.count
        while high - low > 1 {
            let middle = (low + high) / 2
            if starts[middle] <= position { low = middle } else { high = middle }
        }
        return low
    }
}
