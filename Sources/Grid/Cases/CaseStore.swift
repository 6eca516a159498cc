import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// A responses directory: one journal `<case>.jsonl` per case, and `.grids/` with the grid texts
/// cases were started with.
///
/// Case ids are slugs; no path is ever built from anything else, so an id cannot leave the directory.
public struct CaseStore: Sendable {
    /// The responses directory, as given (without trailing slashes).
    public let directory: String

    /// A store for the directory at this path (relative or absolute); nothing is touched yet.
    public init(directory: String) {
        var trimmed = directory
        while trimmed.count > 1, trimmed.hasSuffix("/") { trimmed.removeLast() }
        self.directory = trimmed.isEmpty ? "." : trimmed
    }

    /// Where the grid copies are kept: `<directory>/.grids`.
    public var gridsDirectory: String { file(".grids") }

    /// The journal path of a case: `<directory>/<case>.jsonl`; refuses anything that is not a slug.
    public func journalPath(for caseID: String) throws(JournalError) -> String {
        guard Slug.isValid(caseID) else { throw .invalidCaseID(caseID) }
        return file(caseID + ".jsonl")
    }

    /// Whether something is named like the case's journal (false for ids that are not slugs).
    ///
    /// Links are not followed: a symbolic link or a folder named `<case>.jsonl` counts, so that
    /// `new` never takes the name, and `resume`, `show` or `delete` then refuse it by name.
    public func exists(_ caseID: String) -> Bool {
        guard let path = try? journalPath(for: caseID) else { return false }
        return POSIXFile.status(path: path) != nil
    }

    /// The ids of the cases in the directory, sorted: regular `*.jsonl` files whose name is a slug.
    ///
    /// Empty when the directory does not exist or cannot be read; `listing()` says why.
    public func caseIDs() -> [String] {
        (try? listing())?.ids ?? []
    }

    /// The cases in the directory, and the `*.jsonl` names that are not regular files (links,
    /// folders), which are skipped and should be reported.
    ///
    /// Throws `noDirectory` when the directory does not exist, `ioError` when it cannot be read.
    public func listing() throws(JournalError) -> CaseListing {
        let names = try entryNames()
        let suffix = ".jsonl"
        var listing = CaseListing()
        for name in names where name.hasSuffix(suffix) {
            let id = String(name.dropLast(suffix.count))
            guard Slug.isValid(id) else { continue }
            if let info = POSIXFile.status(path: file(name)), POSIXFile.isRegularFile(info) {
                listing.ids.append(id)
            } else {
                listing.skipped.append(file(name))
            }
        }
        listing.ids.sort()
        listing.skipped.sort()
        return listing
    }

    /// The names in the directory (without `.` and `..`), read with the system's own calls so
    /// that a missing or unreadable folder is told apart.
    func entryNames() throws(JournalError) -> [String] {
        guard let stream = opendir(directory) else {
            let code = errno
            if code == ENOENT { throw .noDirectory(path: directory) }
            throw .ioError(path: directory, operation: "opendir", reason: POSIXFile.describe(code))
        }
        defer { closedir(stream) }
        var names: [String] = []
        while let entry = readdir(stream) {
            let name = withUnsafeBytes(of: entry.pointee.d_name) { raw in
                String(decoding: raw.prefix { $0 != 0 }, as: UTF8.self)
            }
            if name != ".", name != ".." { names.append(name) }
        }
        return names
    }

    /// Creates the directory, and missing parents, with mode `0700` if it does not exist yet.
    public func ensureDirectory() throws(JournalError) {
        try Self.makeDirectory(directory)
    }

    // MARK: - Grid copies

    /// Where the copy of the grid text with this SHA-256 is kept, or nil when the text given is
    /// not a SHA-256 digest (64 lower-case hexadecimal digits), so no path is built from it.
    public func gridCopyPath(sha256: String) -> String? {
        guard HexDigest.isSHA256(sha256) else { return nil }
        return gridsDirectory + "/" + sha256 + ".yaml"
    }

    /// Keeps the grid's exact text as `.grids/<sha256>.yaml`, once: nothing is done when an
    /// intact copy is already there; a copy whose text no longer has its SHA-256 is replaced.
    ///
    /// The text is written to a new file with an unguessable name (created exclusively, `0600`),
    /// synced, then renamed into place, so a copy is either complete or absent. Refuses a link
    /// or folder standing where the copy should be (`notRegularFile`).
    public func saveGridCopy(_ grid: LoadedGrid) throws(JournalError) {
        try saveGridCopy(sha256: grid.sha256, bytes: Array(grid.text.utf8))
    }

    /// Keeps these bytes as the grid copy `.grids/<sha256>.yaml`, as `saveGridCopy(_:)` does;
    /// `import` uses it for the copies other folders bring. The caller has checked the digest.
    public func saveGridCopy(sha256: String, bytes: [UInt8]) throws(JournalError) {
        guard let path = gridCopyPath(sha256: sha256) else {
            throw .ioError(path: gridsDirectory, operation: "save grid copy", reason: "not a SHA-256 digest: \(sha256)")
        }
        if let existing = try loadGridCopy(sha256: sha256), SHA256.hex(of: existing) == sha256 { return }
        try ensureDirectory()
        try Self.makeDirectory(gridsDirectory)
        let temporary = gridsDirectory + "/." + sha256 + ".yaml.tmp-" + PrivateFiles.randomSuffix()
        if let failure = POSIXFile.writeNewFile(temporary, bytes) {
            switch failure.step {
            case .open: throw JournalError.failure(failure.error, path: temporary, operation: "open")
            case .fchmod: throw .ioError(path: temporary, operation: "fchmod", reason: failure.error.text)
            case .write, .fsync: throw JournalError.failure(failure.error, path: path, operation: failure.step.rawValue)
            }
        }
        if rename(temporary, path) != 0 {
            let error = POSIXFile.Errno(errno)
            unlink(temporary)
            throw JournalError.failure(error, path: path, operation: "rename")
        }
        if let error = POSIXFile.syncDirectory(gridsDirectory) {
            throw JournalError.failure(error, path: gridsDirectory, operation: "fsync")
        }
    }

    /// The text of the grid copy with this SHA-256, as stored, or nil when there is none.
    ///
    /// A link or folder in its place is refused (`notRegularFile`), never followed; text that
    /// is not UTF-8 comes back with replacement characters, so its SHA-256 no longer matches.
    /// Callers compare `SHA256.hex(of:)` with the name before trusting it.
    public func loadGridCopy(sha256: String) throws(JournalError) -> String? {
        guard let path = gridCopyPath(sha256: sha256) else { return nil }
        do {
            return String(decoding: try JournalReader.contents(of: path), as: UTF8.self)
        } catch .notFound {
            return nil
        }
    }

    // MARK: - Deleting

    /// Removes a case: its journal and the `.torn-…` files set aside when it was recovered.
    ///
    /// Refused with `locked` while a writer holds the journal: the lock is taken (without
    /// waiting) for the time of the removal. The grid copy is kept: other cases may share it.
    public func delete(_ caseID: String) throws(JournalError) {
        let path = try journalPath(for: caseID)
        let fd: Int32
        switch POSIXFile.open(path, O_RDONLY | O_NOFOLLOW | O_NONBLOCK | O_CLOEXEC) {
        case .success(let opened): fd = opened
        case .failure(let error): throw JournalError.failure(error, path: path, operation: "open")
        }
        defer { POSIXFile.close(fd) }
        if case .success(let info) = POSIXFile.status(fd), !POSIXFile.isRegularFile(info) {
            throw .notRegularFile(path: path)
        }
        // The writer's lock: a session writing the case, or a `new` creating it, keeps it.
        if let error = POSIXFile.lockExclusive(fd) {
            if POSIXFile.isLockHeld(error) { throw .locked(caseID: caseID, path: path) }
            throw .ioError(path: path, operation: "flock", reason: error.text)
        }
        // Removed (and maybe made again by a new) since it was opened: that journal is not ours to delete.
        guard POSIXFile.isStillNamed(fd, path) else { throw .locked(caseID: caseID, path: path) }
        for torn in tornFiles(of: caseID) {
            if unlink(torn) != 0, errno != ENOENT {
                throw .ioError(path: torn, operation: "unlink", reason: POSIXFile.describe(errno))
            }
        }
        if unlink(path) != 0, errno != ENOENT {
            throw .ioError(path: path, operation: "unlink", reason: POSIXFile.describe(errno))
        }
        if let error = POSIXFile.syncDirectory(directory) {
            throw .ioError(path: directory, operation: "fsync", reason: error.text)
        }
    }

    /// The paths of the torn tails set aside for a case, sorted: `<case>.jsonl.torn-<time>[-<n>]`.
    ///
    /// Only names whose suffix is a torn-file time match, so the journal of a case whose id
    /// happens to start with `<case>.jsonl.torn-` is never taken for one.
    public func tornFiles(of caseID: String) -> [String] {
        guard Slug.isValid(caseID), let names = try? FileManager.default.contentsOfDirectory(atPath: directory) else {
            return []
        }
        let prefix = caseID + ".jsonl.torn-"
        return names.filter { $0.hasPrefix(prefix) && TornFileName.isSuffix($0.dropFirst(prefix.count)) }
            .sorted()
            .map(file)
    }

    // MARK: - Support

    /// The path of a file directly in the directory.
    func file(_ name: String) -> String {
        directory.hasSuffix("/") ? directory + name : directory + "/" + name
    }


    /// Creates a directory and its missing parents with mode `0700`.
    private static func makeDirectory(_ path: String) throws(JournalError) {
        guard let failed = PrivateFiles.makeFolders(path) else { return }
        if failed.code == ENOTDIR { throw .ioError(path: failed.path, operation: "mkdir", reason: "not a directory") }
        throw JournalError.failure(POSIXFile.Errno(failed.code), path: failed.path, operation: "mkdir")
    }
}
