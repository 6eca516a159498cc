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

    /// A new unlinked file open for reading and writing, or why it could not be made.
    public static func unlinked(prefix: String) -> Result<Int32, TemporaryFileError> {
        var template = Array((folder + "/" + prefix + "-XXXXXX").utf8CString)
        let fd = template.withUnsafeMutableBufferPointer { buffer -> Int32 in
            guard let base = buffer.baseAddress else { return -1 }
            return mkstemp(base)
        }
        guard fd >= 0 else { return .failure(TemporaryFileError(folder: folder, reason: POSIXFile.describe(errno))) }
        template.withUnsafeBufferPointer { pointer in
            if let base = pointer.baseAddress { _ = unlink(base) }
        }
        return .success(fd)
    }
}
