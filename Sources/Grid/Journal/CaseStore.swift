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

    /// Whether the case has a journal (false for ids that are not slugs).
    public func exists(_ caseID: String) -> Bool {
        guard let path = try? journalPath(for: caseID), let info = POSIXFile.status(followingLinks: path) else { return false }
        return POSIXFile.isRegularFile(info)
    }

    /// The ids of the cases in the directory, sorted: `*.jsonl` files whose name is a slug.
    ///
    /// Empty when the directory does not exist or cannot be read.
    public func caseIDs() -> [String] {
        guard let names = try? FileManager.default.contentsOfDirectory(atPath: directory) else { return [] }
        let suffix = ".jsonl"
        return names.compactMap { name -> String? in
            guard name.hasSuffix(suffix) else { return nil }
            let id = String(name.dropLast(suffix.count))
            return Slug.isValid(id) ? id : nil
        }
        .sorted()
    }

    /// Creates the directory, and missing parents, with mode `0700` if it does not exist yet.
    public func ensureDirectory() throws(JournalError) {
        try Self.makeDirectory(directory)
    }

    // MARK: - Grid copies

    /// Where the copy of the grid text with this SHA-256 is kept, or nil when the text given is
    /// not a SHA-256 digest (64 lower-case hexadecimal digits), so no path is built from it.
    public func gridCopyPath(sha256: String) -> String? {
        guard Self.isDigest(sha256) else { return nil }
        return gridsDirectory + "/" + sha256 + ".yaml"
    }

    /// Keeps the grid's exact text as `.grids/<sha256>.yaml`, once: nothing is done when the copy
    /// is already there.
    ///
    /// The text is written to a temporary file, synced, then renamed into place, so a copy is
    /// either complete or absent.
    public func saveGridCopy(_ grid: LoadedGrid) throws(JournalError) {
        guard let path = gridCopyPath(sha256: grid.sha256) else {
            throw .ioError(path: gridsDirectory, operation: "save grid copy", reason: "not a SHA-256 digest: \(grid.sha256)")
        }
        if POSIXFile.status(followingLinks: path) != nil { return }
        try ensureDirectory()
        try Self.makeDirectory(gridsDirectory)
        let temporary = gridsDirectory + "/." + grid.sha256 + ".yaml.tmp-" + UUID().uuidString.lowercased()
        if let failure = POSIXFile.writeNewFile(temporary, Array(grid.text.utf8)) {
            switch failure.step {
            case .open: throw Self.failure(failure.error, path: temporary, operation: "open")
            case .fchmod: throw .ioError(path: temporary, operation: "fchmod", reason: failure.error.text)
            case .write, .fsync: throw Self.failure(failure.error, path: path, operation: failure.step.rawValue)
            }
        }
        if rename(temporary, path) != 0 {
            let error = POSIXFile.Errno(errno)
            unlink(temporary)
            throw Self.failure(error, path: path, operation: "rename")
        }
        if let error = POSIXFile.syncDirectory(gridsDirectory) {
            throw Self.failure(error, path: gridsDirectory, operation: "fsync")
        }
    }

    /// The text of the grid copy with this SHA-256, or nil when there is none (or it is unreadable).
    ///
    /// The text is returned as stored; callers that want to be sure can compare `SHA256.hex(of:)`.
    public func loadGridCopy(sha256: String) -> String? {
        guard let path = gridCopyPath(sha256: sha256),
              let data = FileManager.default.contents(atPath: path) else { return nil }
        return String(data: data, encoding: .utf8)
    }

    // MARK: - Deleting

    /// Removes a case: its journal and the `.torn-…` files set aside when it was recovered.
    ///
    /// Refused with `locked` while a writer holds the journal: the lock is taken (without
    /// waiting) for the time of the removal. The grid copy is kept: other cases may share it.
    public func delete(_ caseID: String) throws(JournalError) {
        let path = try journalPath(for: caseID)
        let fd: Int32
        switch POSIXFile.open(path, O_RDONLY | O_CLOEXEC) {
        case .success(let opened): fd = opened
        case .failure(let error): throw Self.failure(error, path: path, operation: "open")
        }
        defer { POSIXFile.close(fd) }
        if let error = POSIXFile.lockExclusive(fd) {
            if POSIXFile.isLockHeld(error) { throw .locked(caseID: caseID, path: path) }
            throw .ioError(path: path, operation: "flock", reason: error.text)
        }
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
    private func file(_ name: String) -> String {
        directory.hasSuffix("/") ? directory + name : directory + "/" + name
    }

    /// Whether the text is 64 lower-case hexadecimal digits.
    static func isDigest(_ text: String) -> Bool {
        text.utf8.count == 64 && text.utf8.allSatisfy {
            ($0 >= UInt8(ascii: "0") && $0 <= UInt8(ascii: "9")) || ($0 >= UInt8(ascii: "a") && $0 <= UInt8(ascii: "f"))
        }
    }

    /// The error for a failed call on a path: `notFound`, `writeFailed` when the disk is full,
    /// `ioError` otherwise.
    static func failure(_ error: POSIXFile.Errno, path: String, operation: String) -> JournalError {
        if error.code == ENOENT { return .notFound(path: path) }
        if POSIXFile.isNoSpace(error.code) { return .writeFailed(path: path, reason: error.text) }
        return .ioError(path: path, operation: operation, reason: error.text)
    }

    /// Creates a directory and its missing parents with mode `0700`.
    private static func makeDirectory(_ path: String) throws(JournalError) {
        if let info = POSIXFile.status(followingLinks: path), POSIXFile.isDirectory(info) { return }
        var prefix = path.hasPrefix("/") ? "/" : ""
        for component in path.split(separator: "/") {
            prefix += (prefix.isEmpty || prefix.hasSuffix("/") ? "" : "/") + component
            if mkdir(prefix, POSIXFile.privateDirectoryMode) == 0 {
                _ = chmod(prefix, POSIXFile.privateDirectoryMode)
            } else if errno != EEXIST {
                throw failure(POSIXFile.Errno(errno), path: prefix, operation: "mkdir")
            }
        }
        guard let info = POSIXFile.status(followingLinks: path), POSIXFile.isDirectory(info) else {
            throw .ioError(path: path, operation: "mkdir", reason: "not a directory")
        }
    }
}
