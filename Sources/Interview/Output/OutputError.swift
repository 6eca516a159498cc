#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif
import Grid

/// Why output could not be written where it was going.
enum OutputError: Error, Equatable {
    /// The reader went away (`EPIPE`): nothing to say, nobody is reading.
    case brokenPipe
    /// Writing failed (disk full, I/O error).
    case failed(path: String, reason: String)
    /// A file or folder of the output could not be made or put in place (rights, a missing folder).
    case cannotCreate(path: String, reason: String)
    /// `--output` (or a file in its folder) names something an export must not replace.
    case unsuitable(path: String, kind: FileKind)
    /// Two cases would be written to the same file of a folder (a UUID shared by copied journals).
    case duplicateName(path: String)
    /// A temporary file (where output waits: stdout's spool, a book's fiches, a QDPX archive)
    /// could not be made, written or read back in the temporary folder.
    case temporaryFolder(path: String, reason: String)

    /// Writes every byte to a descriptor, going on after short writes and `EINTR`.
    static func check(descriptor: Int32, path: String, writing bytes: UnsafeRawBufferPointer) throws(OutputError) {
        if let error = writeAll(descriptor: descriptor, path: path, bytes) { throw error }
    }

    /// Writes the text's bytes to a descriptor.
    static func check(descriptor: Int32, path: String, writing text: String) throws(OutputError) {
        var text = text
        if let error = text.withUTF8({ writeAll(descriptor: descriptor, path: path, UnsafeRawBufferPointer($0)) }) { throw error }
    }

    /// Writes bytes to a descriptor.
    static func check(descriptor: Int32, path: String, writing bytes: ArraySlice<UInt8>) throws(OutputError) {
        if let error = bytes.withUnsafeBytes({ writeAll(descriptor: descriptor, path: path, $0) }) { throw error }
    }

    /// Writes every byte, or says why it could not.
    private static func writeAll(descriptor: Int32, path: String, _ bytes: UnsafeRawBufferPointer) -> OutputError? {
        guard var next = bytes.baseAddress else { return nil }
        var remaining = bytes.count
        while remaining > 0 {
            let written = write(descriptor, next, remaining)
            if written < 0 {
                if errno == EINTR { continue }
                if errno == EPIPE { return .brokenPipe }
                return .failed(path: path, reason: String(cString: strerror(errno)))
            }
            if written == 0 { return .failed(path: path, reason: String(cString: strerror(EIO))) }
            next += written
            remaining -= written
        }
        return nil
    }
}
