import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// What `interview import` needs from a responses folder: files read without following links,
/// the writer's lock tested, and journals put in place whole or not at all.
extension CaseStore {
    /// The bytes of a regular file in any folder; a link, folder or device is refused, never followed.
    public static func plainFileBytes(_ path: String) throws(JournalError) -> Data {
        try JournalReader.contents(of: path)
    }

    /// Whether these bytes are the grid text with this SHA-256 (a grid copy not edited since).
    public static func isGridText(_ bytes: Data, sha256: String) -> Bool {
        SHA256.hex(of: bytes) == sha256
    }

    /// Whether this SHA-256 is the built-in grid's, which every copy of the program holds.
    public static func isBuiltInGrid(sha256: String) -> Bool {
        SHA256.hex(of: DefaultGrid.bytes) == sha256
    }

    /// The path of a journal or grid copy in this folder, for messages.
    public func path(of name: String) -> String { file(name) }

    /// Refuses with `locked` a case whose journal a session (or a `delete`) holds right now.
    public func checkNotLocked(_ caseID: String) throws(JournalError) {
        let (fd, _) = try openLocked(caseID)
        POSIXFile.close(fd)
    }

    /// Adds a case that has no journal here: the bytes are written to a hidden staged file
    /// (created exclusively, `0600`, synced), then hard-linked to `<case>.jsonl`, which fails
    /// rather than replace a journal made meanwhile (`alreadyExists`).
    public func addJournal(_ caseID: String, bytes: Data) throws(JournalError) {
        let path = try journalPath(for: caseID)
        try ensureDirectory()
        let staged = try stage(caseID, bytes: bytes)
        defer { unlink(staged) }
        if link(staged, path) != 0 {
            let code = errno
            if code == EEXIST { throw .alreadyExists(path: path) }
            throw JournalError.failure(POSIXFile.Errno(code), path: path, operation: "link")
        }
        try syncFolder()
    }

    /// Replaces a case's journal by a longer one, under the writer's lock: refused with `locked`
    /// while a session holds it, or when the journal is no longer `expected` (written meanwhile).
    public func replaceJournal(_ caseID: String, expected: Data, bytes: Data) throws(JournalError) {
        let (fd, path) = try openLocked(caseID)
        defer { POSIXFile.close(fd) }
        guard (try? JournalReader.contents(of: path)) == expected else { throw .locked(caseID: caseID, path: path) }
        let staged = try stage(caseID, bytes: bytes)
        if rename(staged, path) != 0 {
            let error = POSIXFile.Errno(errno)
            unlink(staged)
            throw JournalError.failure(error, path: path, operation: "rename")
        }
        try syncFolder()
    }

    /// Opens a journal and takes its lock without waiting: the descriptor (to close) and the path.
    private func openLocked(_ caseID: String) throws(JournalError) -> (Int32, String) {
        let path = try journalPath(for: caseID)
        let fd: Int32
        switch POSIXFile.open(path, O_RDONLY | O_NOFOLLOW | O_NONBLOCK | O_CLOEXEC) {
        case .success(let opened): fd = opened
        case .failure(let error): throw JournalError.failure(error, path: path, operation: "open")
        }
        if case .success(let info) = POSIXFile.status(fd), !POSIXFile.isRegularFile(info) {
            POSIXFile.close(fd)
            throw .notRegularFile(path: path)
        }
        if let error = POSIXFile.lockExclusive(fd) {
            POSIXFile.close(fd)
            if POSIXFile.isLockHeld(error) { throw .locked(caseID: caseID, path: path) }
            throw .ioError(path: path, operation: "flock", reason: error.text)
        }
        guard POSIXFile.isStillNamed(fd, path) else {
            POSIXFile.close(fd)
            throw .locked(caseID: caseID, path: path)
        }
        return (fd, path)
    }

    /// Writes the bytes to `.<case>.jsonl.new-<pid>-<random>` (the name a killed `new` leaves,
    /// which `removeAbandonedStagedJournals` clears), synced; returns its path.
    private func stage(_ caseID: String, bytes: Data) throws(JournalError) -> String {
        let staged = file("." + caseID + ".jsonl.new-\(getpid())-" + PrivateFiles.randomSuffix())
        if let failure = POSIXFile.writeNewFile(staged, Array(bytes)) {
            throw JournalError.failure(failure.error, path: staged, operation: failure.step.rawValue)
        }
        return staged
    }

    /// Syncs the folder, so that a journal linked or renamed into it survives a crash.
    private func syncFolder() throws(JournalError) {
        if let error = POSIXFile.syncDirectory(directory) {
            throw .ioError(path: directory, operation: "fsync", reason: error.text)
        }
    }
}
