#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif
import Grid

/// Writes a file under a temporary name, syncs it, then renames it into place:
/// readers see the old file or the whole new one, never half of it.
///
/// The temporary name is hidden, carries the process id and sixteen random hexadecimal digits,
/// and is created exclusively without following links (`0600`), so nobody can plant a file or
/// link under it beforehand. It is removed if the export fails or is stopped by a signal, and an
/// export killed outright leaves it for the next export in the folder to remove.
final class AtomicFile {
    let path: String
    private let temporaryPath: String
    private var fd: Int32

    init(path: String) throws(OutputError) {
        self.path = path
        let parts = PathParts(path)
        AbandonedTemporaries.remove(in: parts.directory)
        var created: (path: String, fd: Int32)?
        for _ in 0..<8 {
            let candidate = parts.sibling(".\(parts.name).tmp-\(getpid())-\(PrivateFiles.randomSuffix())")
            let opened = open(candidate, O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, 0o600)
            if opened >= 0 {
                created = (candidate, opened)
                break
            }
            if errno != EEXIST { throw .cannotCreate(path: path, reason: String(cString: strerror(errno))) }
        }
        guard let created else { throw .cannotCreate(path: path, reason: String(cString: strerror(EEXIST))) }
        temporaryPath = created.path
        fd = created.fd
        // Held until the rename: a later export sees the file is in use, even from another machine.
        _ = flock(fd, LOCK_EX | LOCK_NB)
        TemporaryPaths.add(temporaryPath)
    }

    func write(_ bytes: ArraySlice<UInt8>) throws(OutputError) {
        do {
            try OutputError.check(descriptor: fd, path: path, writing: bytes)
        } catch {
            discard()
            throw error
        }
    }

    /// Syncs and renames into place, over a regular file only; the lock is held until then.
    func commit() throws(OutputError) {
        guard fd >= 0 else { throw .failed(path: path, reason: "the temporary file was discarded") }
        if fsync(fd) != 0 {
            let reason = String(cString: strerror(errno))
            discard()
            throw .failed(path: path, reason: reason)
        }
        do {
            try OutputDestination.checkReplaceable(path)
        } catch {
            discard()
            throw error
        }
        guard rename(temporaryPath, path) == 0 else {
            let reason = String(cString: strerror(errno))
            discard()
            throw .cannotCreate(path: path, reason: reason)
        }
        close(fd)
        fd = -1
        TemporaryPaths.remove(temporaryPath)
        let folder = open(PathParts(path).directory, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
        if folder >= 0 {
            _ = fsync(folder)
            close(folder)
        }
    }

    /// Removes the temporary file (nothing reaches `path`).
    func discard() {
        if fd >= 0 { close(fd) }
        fd = -1
        unlink(temporaryPath)
        TemporaryPaths.remove(temporaryPath)
    }

    deinit {
        if fd >= 0 { discard() }
    }
}
