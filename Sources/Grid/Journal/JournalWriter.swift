import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// The only writer of a journal: it holds the case's exclusive `flock` for its whole life and
/// appends one fsync'd line per event, never leaving half a line behind.
///
/// The lock is taken without waiting, so a second session on the same case is refused with
/// `locked`. Lines are compact JSON with sorted keys, so the same event is always written the
/// same way. Calls are serialised by an internal lock, which is what makes the class `Sendable`.
public final class JournalWriter: @unchecked Sendable {
    /// The journal file.
    public private(set) var path: String
    /// The case it belongs to.
    public let caseID: String

    private let mutex = NSLock()
    /// The open journal, or -1 once closed.
    private var fd: Int32
    /// The journal's length after the last complete line: what a failed write is cut back to.
    private var length: off_t
    /// Whether a failed write could not be cut back yet: the next append does it first.
    private var needsTruncation = false

    private init(fd: Int32, path: String, caseID: String, length: off_t) {
        self.fd = fd
        self.path = path
        self.caseID = caseID
        self.length = length
    }

    deinit {
        closeDescriptor()
    }

    // MARK: - Opening

    /// Starts the journal of a new case: the journal appears under its name already locked and
    /// holding its synced header line (`0600`), so no other command ever sees it empty or unlocked.
    ///
    /// The file is written under an unguessable hidden name, locked, given its header and synced,
    /// then linked to `<case>.jsonl`, which fails if the name is taken: creating and locking are
    /// one step. On a file system without hard links, the journal is created under its name,
    /// then locked (readers meeting it empty in between say it is being created).
    ///
    /// Throws `alreadyExists` (nothing written) when the case has a journal already,
    /// `invalidCaseID` when the header's case id is not a slug, `writeFailed` when the disk is full.
    /// On failure after a file was created, it is removed again, so the case can be retried.
    ///
    /// `path` is the journal's path in `directory`, which exists; `CaseStore` gives both
    /// (`JournalWriter.create(store:header:)`).
    static func create(at path: String, in directory: String, header: JournalHeader) throws(JournalError) -> JournalWriter {
        if POSIXFile.status(path: path) != nil { throw .alreadyExists(path: path) }
        let staged = directory + "/." + header.caseID + ".jsonl.new-\(getpid())-" + PrivateFiles.randomSuffix()
        let writer = try started(at: staged, caseID: header.caseID, header: header, named: path)
        let published = link(staged, path) == 0 ? nil : POSIXFile.Errno(errno)
        unlink(staged)
        switch published?.code {
        case nil:
            writer.path = path
            if let error = POSIXFile.syncDirectory(directory) {
                unlink(path)
                writer.close()
                throw .ioError(path: directory, operation: "fsync", reason: error.text)
            }
            return writer
        case EEXIST?:
            writer.close()
            throw .alreadyExists(path: path)
        case EPERM?, EOPNOTSUPP?, ENOSYS?, EXDEV?, EMLINK?:
            writer.close()
            return try createInPlace(at: path, in: directory, header: header)
        case let code?:
            writer.close()
            throw JournalError.failure(POSIXFile.Errno(code), path: path, operation: "link")
        }
    }

    /// Creates `file` exclusively, locks it and writes the header: the journal of `header`, ready.
    /// Errors name `path`, the journal the user knows.
    private static func started(at file: String, caseID: String, header: JournalHeader, named path: String) throws(JournalError) -> JournalWriter {
        let fd: Int32
        switch POSIXFile.open(file, O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_APPEND | O_CLOEXEC) {
        case .success(let opened): fd = opened
        case .failure(let error):
            if error.code == EEXIST { throw .alreadyExists(path: path) }
            throw JournalError.failure(error, path: path, operation: "open")
        }
        // The file was just made, exclusively: it is ours. A reader may hold the lock for an
        // instant (to tell an empty journal being created from an abandoned one): wait it out.
        var lockError = POSIXFile.lockExclusive(fd)
        for _ in 0..<200 where lockError.map(POSIXFile.isLockHeld) == true {
            usleep(5_000)
            lockError = POSIXFile.lockExclusive(fd)
        }
        if let error = lockError {
            POSIXFile.close(fd)
            unlink(file)
            if POSIXFile.isLockHeld(error) { throw .locked(caseID: caseID, path: path) }
            throw .ioError(path: path, operation: "flock", reason: error.text)
        }
        let writer = JournalWriter(fd: fd, path: path, caseID: caseID, length: 0)
        do throws(JournalError) {
            if fchmod(fd, POSIXFile.privateFileMode) != 0 {
                throw .ioError(path: path, operation: "fchmod", reason: POSIXFile.describe(errno))
            }
            try writer.appendLine(writer.terminated(header.jsonLine))
        } catch {
            unlink(file)
            writer.close()
            throw error
        }
        return writer
    }

    /// Where hard links are not available: the journal is created under its own name.
    private static func createInPlace(at path: String, in directory: String, header: JournalHeader) throws(JournalError) -> JournalWriter {
        let writer = try started(at: path, caseID: header.caseID, header: header, named: path)
        if let error = POSIXFile.syncDirectory(directory) {
            unlink(path)
            writer.close()
            _ = POSIXFile.syncDirectory(directory)
            throw .ioError(path: directory, operation: "fsync", reason: error.text)
        }
        return writer
    }

    /// Opens an existing journal to go on writing it (`resume`): locks it, sets its mode back to
    /// `0600` if needed, and sets a torn last line aside.
    ///
    /// A torn last line (a write cut short) is copied to `<case>.jsonl.torn-<time>` (`0600`,
    /// synced) and only then cut off the journal. A last line that is complete but lacks its
    /// `\n` gets one. Throws `notFound`, `locked` (another session holds the case), `empty`,
    /// `badHeader`, `unsupportedFormat` or `corruptLine` — these leave the file as it was.
    ///
    /// `path` is the journal of `caseID` in `directory`; `CaseStore` gives both
    /// (`JournalWriter.open(store:caseID:)`).
    static func open(at path: String, caseID: String, in directory: String) throws(JournalError)
        -> (writer: JournalWriter, recovery: JournalRecovery, journal: Journal)
    {
        let fd: Int32
        switch POSIXFile.open(path, O_RDWR | O_APPEND | O_NOFOLLOW | O_NONBLOCK | O_CLOEXEC) {
        case .success(let opened): fd = opened
        case .failure(let error): throw JournalError.failure(error, path: path, operation: "open")
        }
        if let error = POSIXFile.lockExclusive(fd) {
            POSIXFile.close(fd)
            if POSIXFile.isLockHeld(error) { throw .locked(caseID: caseID, path: path) }
            throw .ioError(path: path, operation: "flock", reason: error.text)
        }
        // From here on, the writer's deinit releases the lock and closes the file on every throw.
        let writer = JournalWriter(fd: fd, path: path, caseID: caseID, length: 0)
        let info: stat
        switch POSIXFile.status(fd) {
        case .success(let status): info = status
        case .failure(let error): throw .ioError(path: path, operation: "fstat", reason: error.text)
        }
        // Deleted between `open` and `flock`: writing on would go to a file nobody can see.
        if info.st_nlink == 0 { throw .notFound(path: path) }
        guard POSIXFile.isRegularFile(info) else { throw .notRegularFile(path: path) }
        let bytes: [UInt8]
        switch POSIXFile.readAll(fd, sizeHint: Int(clamping: info.st_size)) {
        case .success(let read): bytes = read
        case .failure(let error) where error.code == EFBIG: throw .tooLarge(path: path, limit: POSIXFile.readLimit)
        case .failure(let error): throw .ioError(path: path, operation: "read", reason: error.text)
        }
        let parsed = try JournalParser.parse(Data(bytes), path: path)

        var recovery = JournalRecovery()
        if info.st_mode & 0o077 != 0 {
            guard fchmod(fd, POSIXFile.privateFileMode) == 0 else {
                throw .ioError(path: path, operation: "fchmod", reason: POSIXFile.describe(errno))
            }
            recovery.permissionsFixed = true
        }
        writer.length = off_t(bytes.count)
        if let torn = parsed.tornOffset {
            recovery.tornBytesMovedTo = try setAside(Array(bytes[torn...]), of: path, in: directory)
            if let error = POSIXFile.truncate(fd, to: off_t(torn)) ?? POSIXFile.sync(fd) {
                throw .ioError(path: path, operation: "ftruncate", reason: error.text)
            }
            writer.length = off_t(torn)
        } else if !parsed.endsWithNewline {
            try writer.appendLine([UInt8(ascii: "\n")])
        }
        // What the session replays: read here, with the lock held, rather than a second time.
        return (writer, recovery, Journal(header: parsed.header, entries: parsed.entries, path: path))
    }

    /// Copies a torn tail to a new `<journal>.torn-<time>` file, synced with its directory; its path.
    private static func setAside(_ bytes: [UInt8], of journalPath: String, in directory: String) throws(JournalError) -> String {
        let base = TornFileName.base(for: journalPath, at: Date())
        for attempt in 1...1000 {
            let tornPath = TornFileName.candidate(base: base, attempt: attempt)
            if let failure = POSIXFile.writeNewFile(tornPath, bytes) {
                switch failure.step {
                case .open where failure.error.code == EEXIST: continue
                case .open: throw JournalError.failure(failure.error, path: tornPath, operation: "open")
                case .fchmod: throw .ioError(path: tornPath, operation: "fchmod", reason: failure.error.text)
                case .write, .fsync: throw .writeFailed(path: tornPath, reason: failure.error.text)
                }
            }
            if let error = POSIXFile.syncDirectory(directory) {
                unlink(tornPath)
                throw .ioError(path: directory, operation: "fsync", reason: error.text)
            }
            return tornPath
        }
        throw .ioError(path: base, operation: "open", reason: "too many torn files with this time")
    }

    // MARK: - Writing

    /// Appends one event as one line and syncs it to the disk before returning.
    ///
    /// When the disk is full or failing, the journal is cut back to its length before this
    /// entry, so no half line remains, and `writeFailed` is thrown; the writer stays usable and
    /// a later append may succeed once space is freed.
    public func append(_ entry: JournalEntry) throws(JournalError) {
        mutex.lock()
        defer { mutex.unlock() }
        try appendLine(encodeLine(entry))
    }

    /// Releases the lock and closes the journal; later calls do nothing.
    public func close() {
        mutex.lock()
        defer { mutex.unlock() }
        closeDescriptor()
    }

    /// An event as one line of compact JSON followed by `\n`.
    private func encodeLine(_ entry: JournalEntry) throws(JournalError) -> [UInt8] {
        guard let json = entry.jsonLine else {
            throw .writeFailed(path: path, reason: "the event cannot be written as JSON: a number is not finite")
        }
        return try terminated(json)
    }

    /// The line with its `\n`, once sure it holds no other.
    private func terminated(_ json: [UInt8]) throws(JournalError) -> [UInt8] {
        // JSON escapes line breaks inside strings; a raw one would split the event in two.
        guard !json.contains(UInt8(ascii: "\n")) else {
            throw .writeFailed(path: path, reason: "the event's JSON contains a line break")
        }
        return json + [UInt8(ascii: "\n")]
    }

    /// Writes bytes at the end and syncs them, or cuts the journal back and throws `writeFailed`.
    private func appendLine(_ bytes: [UInt8]) throws(JournalError) {
        guard fd >= 0 else { throw .ioError(path: path, operation: "write", reason: "the journal is closed") }
        if needsTruncation {
            if let error = POSIXFile.truncate(fd, to: length) { throw .writeFailed(path: path, reason: error.text) }
            needsTruncation = false
        }
        if let error = POSIXFile.writeAll(fd, bytes) ?? POSIXFile.sync(fd) {
            // Cut off whatever part of the line reached the file; retried before the next append if this fails.
            needsTruncation = POSIXFile.truncate(fd, to: length) != nil || POSIXFile.sync(fd) != nil
            throw .writeFailed(path: path, reason: error.text)
        }
        length += off_t(bytes.count)
    }

    /// Releases the lock and closes the descriptor, once.
    private func closeDescriptor() {
        guard fd >= 0 else { return }
        _ = flock(fd, LOCK_UN)
        POSIXFile.close(fd)
        fd = -1
    }
}
