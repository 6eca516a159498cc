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
        do {
            let parsed = try JournalParser.parse(data, path: path)
            return Journal(header: parsed.header, entries: parsed.entries, tornTail: parsed.tornOffset != nil, path: path)
        } catch .empty {
            throw emptiness(of: path)
        }
    }

    /// Why a journal has no header yet: `beingCreated` while a writer holds its lock (a `new`
    /// on a file system without hard links writes the header just after creating it), else `empty`.
    static func emptiness(of path: String) -> JournalError {
        guard case .success(let fd) = POSIXFile.open(path, O_RDONLY | O_NOFOLLOW | O_NONBLOCK | O_CLOEXEC) else {
            return .empty(path: path)
        }
        defer { POSIXFile.close(fd) }
        guard let error = POSIXFile.lockExclusive(fd), POSIXFile.isLockHeld(error) else { return .empty(path: path) }
        let name = path.split(separator: "/").last.map(String.init) ?? path
        return .beingCreated(caseID: name.hasSuffix(".jsonl") ? String(name.dropLast(6)) : name, path: path)
    }

    /// The bytes of a regular file, read to its end; a symbolic link is refused, never followed.
    static func contents(of path: String) throws(JournalError) -> Data {
        let fd: Int32
        switch POSIXFile.open(path, O_RDONLY | O_NOFOLLOW | O_NONBLOCK | O_CLOEXEC) {
        case .success(let opened): fd = opened
        case .failure(let error): throw JournalError.failure(error, path: path, operation: "open")
        }
        defer { POSIXFile.close(fd) }
        let size: Int
        switch POSIXFile.status(fd) {
        case .success(let info):
            guard POSIXFile.isRegularFile(info) else { throw .notRegularFile(path: path) }
            size = Int(info.st_size)
        case .failure(let error): throw .ioError(path: path, operation: "fstat", reason: error.text)
        }
        switch POSIXFile.readAll(fd, sizeHint: size) {
        case .success(let bytes): return Data(bytes)
        case .failure(let error) where error.code == EFBIG: throw .tooLarge(path: path, limit: POSIXFile.readLimit)
        case .failure(let error): throw .ioError(path: path, operation: "read", reason: error.text)
        }
    }
}
