#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// What one non-blocking read from a file descriptor gave.
enum ReadOutcome {
    /// Some bytes were appended.
    case bytes
    /// Nothing to read right now.
    case wouldBlock
    /// End of file; for a pseudo-terminal master, `EIO` after the slave side was closed.
    case endOfFile

    /// Reads what `fd` (non-blocking) has ready, up to 64 KiB, appending it to `buffer`.
    static func read(from fd: Int32, appendingTo buffer: inout [UInt8]) -> ReadOutcome {
        var chunk = [UInt8](repeating: 0, count: 65536)
        while true {
            let count = chunk.withUnsafeMutableBytes { LibC.read(fd, $0.baseAddress, $0.count) }
            if count > 0 {
                buffer.append(contentsOf: chunk[0..<count])
                return .bytes
            }
            if count == 0 { return .endOfFile }
            switch errno {
            case EINTR: continue
            case EAGAIN, EWOULDBLOCK: return .wouldBlock
            default: return .endOfFile  // EIO from a master whose slave closed, or a real error.
            }
        }
    }
}
