#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// Reads a small text file written by people (a synthesis for the case book) as safely as a journal:
/// a symbolic link is refused, never followed; anything but a regular file is refused; a file
/// larger than the limit is refused before it is read.
public enum SmallTextFile {
    /// Why a small text file was not read.
    public enum Problem: Error, Sendable, Equatable {
        /// A symbolic link, a folder, a pipe or a device.
        case notRegularFile
        /// Larger than the limit, in bytes.
        case tooLarge(limit: Int)
        /// Not UTF-8 text.
        case notText
        /// The system's reason (`open`, `read`).
        case unreadable(reason: String)
    }

    /// The text of the regular file at `path`, at most `limit` bytes.
    public static func read(path: String, limit: Int) -> Result<String, Problem> {
        let fd: Int32
        switch POSIXFile.open(path, O_RDONLY | O_NOFOLLOW | O_NONBLOCK | O_CLOEXEC) {
        case .success(let opened): fd = opened
        case .failure(let error) where error.code == POSIXFile.Errno.linkRefused: return .failure(.notRegularFile)
        case .failure(let error): return .failure(.unreadable(reason: error.text))
        }
        defer { POSIXFile.close(fd) }
        guard case .success(let info) = POSIXFile.status(fd), POSIXFile.isRegularFile(info) else { return .failure(.notRegularFile) }
        guard Int(info.st_size) <= limit else { return .failure(.tooLarge(limit: limit)) }
        switch POSIXFile.readAll(fd, sizeHint: Int(info.st_size)) {
        case .success(let bytes):
            // A file that grew after its size was read is held to the same limit.
            guard bytes.count <= limit else { return .failure(.tooLarge(limit: limit)) }
            guard let text = String(validating: bytes, as: UTF8.self) else { return .failure(.notText) }
            return .success(text)
        case .failure(let error): return .failure(.unreadable(reason: error.text))
        }
    }
}
