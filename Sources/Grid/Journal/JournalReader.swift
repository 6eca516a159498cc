import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// Reads journals for `list`, `show` and `export`, without taking the lock.
///
/// A journal only grows, so a reader always sees a consistent prefix; a line being written at
/// that moment shows up as a torn tail, which is left out and reported.
public enum JournalReader {
    /// Reads and decodes a whole journal.
    ///
    /// Throws `notFound`, `empty` (no header), `badHeader`, `unsupportedFormat`, `corruptLine`
    /// (an undecodable line that is not the last one) or `ioError`.
    public static func read(path: String) throws(JournalError) -> Journal {
        let data = try contents(of: path)
        let parsed = try JournalParser.parse(data, path: path)
        return Journal(header: parsed.header, entries: parsed.entries, tornTail: parsed.tornOffset != nil, path: path)
    }

    /// The bytes of a file, read to its end.
    static func contents(of path: String) throws(JournalError) -> Data {
        let fd: Int32
        switch POSIXFile.open(path, O_RDONLY | O_CLOEXEC) {
        case .success(let opened): fd = opened
        case .failure(let error): throw CaseStore.failure(error, path: path, operation: "open")
        }
        defer { POSIXFile.close(fd) }
        let size: Int
        switch POSIXFile.status(fd) {
        case .success(let info): size = Int(info.st_size)
        case .failure(let error): throw .ioError(path: path, operation: "fstat", reason: error.text)
        }
        switch POSIXFile.readAll(fd, sizeHint: size) {
        case .success(let bytes): return Data(bytes)
        case .failure(let error): throw .ioError(path: path, operation: "read", reason: error.text)
        }
    }
}
