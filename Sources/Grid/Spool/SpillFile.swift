#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// Bytes set aside until they are written out — the summary's coded segments, the book's
/// rendered fiches — so that memory stays flat however many cases are read.
///
/// Pieces go to an unlinked temporary file (`TemporaryFile`), made when the first piece comes;
/// when it cannot be made or written (no temporary folder, a full disk), they stay in memory:
/// the command is slower to hold them but loses nothing. Reading a piece back can still fail
/// (an I/O error on the temporary file): that is a `TemporaryFileError`.
///
/// One reader and writer at a time: a command fills it, then reads it back on the same thread.
public final class SpillFile: @unchecked Sendable {
    /// Where one piece is.
    public enum Extent: Sendable {
        case disk(offset: Int64, count: Int)
        case memory(index: Int)
    }

    private let prefix: String
    /// The temporary file: nil before the first piece, or when it could not be made or written.
    private var descriptor: Int32?
    /// Whether making or writing the file failed: pieces stay in memory from then on.
    private var inMemoryOnly = false
    private var end: Int64 = 0
    private var kept: [[UInt8]] = []

    /// `prefix` names the temporary file while it is being made (`interview-summary`).
    public init(prefix: String) {
        self.prefix = prefix
    }

    deinit {
        if let descriptor { POSIXFile.close(descriptor) }
    }

    /// Sets `bytes` aside; where to find them again.
    public func append(_ bytes: [UInt8]) -> Extent {
        if let descriptor = openedFile(), POSIXFile.writeAll(descriptor, bytes) == nil {
            defer { end += Int64(bytes.count) }
            return .disk(offset: end, count: bytes.count)
        }
        // A failed write leaves the file's end unknown: nothing more goes there, but what it
        // already holds is still read from it.
        inMemoryOnly = true
        kept.append(bytes)
        return .memory(index: kept.count - 1)
    }

    /// How many bytes a piece holds.
    public func count(of extent: Extent) -> Int {
        switch extent {
        case .disk(_, let count): return count
        case .memory(let index): return kept[index].count
        }
    }

    /// The bytes of one piece.
    public func read(_ extent: Extent) throws(TemporaryFileError) -> [UInt8] {
        try read(extent, range: 0..<count(of: extent))
    }

    /// Some of the bytes of one piece (`range` within it).
    public func read(_ extent: Extent, range: Range<Int>) throws(TemporaryFileError) -> [UInt8] {
        switch extent {
        case .memory(let index):
            return Array(kept[index][range])
        case .disk(let start, _):
            let offset = start + Int64(range.lowerBound), count = range.count
            guard let descriptor else { throw TemporaryFileError(errno: EBADF) }
            var bytes = [UInt8](repeating: 0, count: count)
            var done = 0
            while done < count {
                let got = bytes.withUnsafeMutableBytes { buffer in
                    pread(descriptor, buffer.baseAddress.map { $0 + done }, count - done, off_t(offset) + off_t(done))
                }
                if got < 0, errno == EINTR { continue }
                guard got > 0 else {
                    throw TemporaryFileError(errno: got < 0 ? errno : EIO)
                }
                done += got
            }
            return bytes
        }
    }

    /// The temporary file to write to, made on first use; nil once pieces have to stay in memory.
    private func openedFile() -> Int32? {
        guard !inMemoryOnly else { return nil }
        if let descriptor { return descriptor }
        switch TemporaryFile.unlinked(prefix: prefix) {
        case .success(let made):
            descriptor = made
            return made
        case .failure:
            inMemoryOnly = true
            return nil
        }
    }
}
