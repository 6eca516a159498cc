import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// Temporary files that leave nothing behind: created exclusively (`mkstemp`, mode 0600) in the
/// temporary folder, then unlinked at once, so a kill or a crash cannot leave answers on disk.
public enum TemporaryFile {
    /// The folder temporary files go in (`TMPDIR`, else `/tmp`).
    public static var folder: String { NSTemporaryDirectory() }

    /// A new unlinked file open for reading and writing (not inherited by child processes), or
    /// why it could not be made; a file that could not be unlinked is not used.
    public static func unlinked(prefix: String) -> Result<Int32, TemporaryFileError> {
        var template = Array((folder + "/" + prefix + "-XXXXXX").utf8CString)
        let (fd, made) = template.withUnsafeMutableBufferPointer { buffer -> (Int32, Int32) in
            guard let base = buffer.baseAddress else { return (-1, EINVAL) }
            let fd = mkstemp(base)
            guard fd >= 0 else { return (fd, errno) }
            // Not handed down to programs started later (Glibc's module does not offer mkostemp).
            _ = fcntl(fd, F_SETFD, FD_CLOEXEC)
            return (fd, 0)
        }
        guard fd >= 0 else { return .failure(TemporaryFileError(errno: made)) }
        let removed = template.withUnsafeBufferPointer { pointer -> Int32 in
            guard let base = pointer.baseAddress else { return EINVAL }
            return unlink(base) == 0 ? 0 : errno
        }
        guard removed == 0 else {
            POSIXFile.close(fd)
            return .failure(TemporaryFileError(errno: removed))
        }
        return .success(fd)
    }
}
