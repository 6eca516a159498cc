/// Why a journal or the responses directory could not be read, written, locked or named.
///
/// Every case names the file concerned, so that the message can say which one and what to do.
public enum JournalError: Error, Sendable, Equatable {
    /// The journal (or the file asked for) does not exist.
    case notFound(path: String)
    /// A case with this id already has a journal; nothing was written.
    case alreadyExists(path: String)
    /// Another session (another writer, or a `delete`) holds the case's lock.
    case locked(caseID: String, path: String)
    /// The text given as a case id is not a slug, so no path was built from it.
    case invalidCaseID(String)
    /// The journal has no header: the file is empty (or only blank lines).
    case empty(path: String)
    /// Line 1 is not a journal header; `reason` says what is wrong with it.
    case badHeader(path: String, problem: HeaderProblem)
    /// The journal was written by a newer program, in a format this one does not read.
    case unsupportedFormat(path: String, format: Int)
    /// A line that is not the last one is not a journal event (1-based line number); nothing was modified.
    case corruptLine(path: String, line: Int)
    /// Writing failed (disk full, I/O error): the entry was not written and nothing half-written remains.
    case writeFailed(path: String, reason: String)
    /// The journal's header names another case than its file name: a copy, a rename or a planted file.
    case caseMismatch(path: String, headerCaseID: String)
    /// The path is a symbolic link, a folder or a device where a journal or grid copy should be a plain file;
    /// links are never followed in the responses folder.
    case notRegularFile(path: String)
    /// The journal exists but is still empty and another session holds its lock: it is being created.
    case beingCreated(caseID: String, path: String)
    /// The file is larger than any journal or grid copy could be (`limit` bytes): planted or damaged.
    case tooLarge(path: String, limit: Int)
    /// The responses folder does not exist.
    case noDirectory(path: String)
    /// Another system call failed; `operation` names it (`open`, `read`, `fsync`, `rename`…).
    case ioError(path: String, operation: String, reason: String)
}
