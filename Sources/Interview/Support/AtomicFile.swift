import Foundation
import Glibc
import Grid

/// Writes a file under a temporary name, syncs it, then renames it into place:
/// readers see the old file or the whole new one, never half of it.
final class AtomicFile {
    let path: String
    private let temporaryPath: String
    private var handle: FileHandle?

    init(path: String) throws(JournalError) {
        self.path = path
        let directory = (path as NSString).deletingLastPathComponent
        let name = (path as NSString).lastPathComponent
        temporaryPath = (directory.isEmpty ? "." : directory) + "/.\(name).tmp-\(getpid())"
        let fd = open(temporaryPath, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o600)
        guard fd >= 0 else {
            throw .ioError(path: path, operation: "create", reason: String(cString: strerror(errno)))
        }
        handle = FileHandle(fileDescriptor: fd, closeOnDealloc: true)
    }

    func write(_ text: String) throws(JournalError) {
        do {
            try handle?.write(contentsOf: Data(text.utf8))
        } catch {
            discard()
            throw .writeFailed(path: path, reason: error.localizedDescription)
        }
    }

    /// Syncs and renames into place.
    func commit() throws(JournalError) {
        guard let handle else { return }
        do {
            try handle.synchronize()
            try handle.close()
        } catch {
            discard()
            throw .writeFailed(path: path, reason: error.localizedDescription)
        }
        self.handle = nil
        guard rename(temporaryPath, path) == 0 else {
            let reason = String(cString: strerror(errno))
            discard()
            throw .ioError(path: path, operation: "rename", reason: reason)
        }
    }

    /// Removes the temporary file (nothing reaches `path`).
    func discard() {
        try? handle?.close()
        handle = nil
        unlink(temporaryPath)
    }

    deinit {
        if handle != nil { discard() }
    }
}
