#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif
import Grid

/// A folder of export files that appears only when every file is written; on failure nothing
/// is left.
///
/// A new folder is written whole under a hidden sibling name, then renamed into place. Into an
/// existing folder (or a link to one, maybe on another disk), files are staged in a hidden
/// folder inside it, so that each then moves into place on the same file system; only regular
/// files are replaced, and every name is checked before any moves. The staging folder's name
/// carries the process id and sixteen random hexadecimal digits, is made with `mkdir` (`0700`),
/// which never reuses or follows what is there, and is locked while the export runs.
final class StagedFolder {
    let path: String
    private let staging: String
    /// Whether `path` existed: files move into it one by one, else the staging folder becomes it.
    private let into: Bool
    /// The staging folder, open and locked: a later export sees it is in use.
    private let lock: Int32
    private var names: [String] = []
    private var committed = false

    /// Prepares the staging folder for the folder at `path`.
    init(path: String) throws(OutputError) {
        self.path = path
        into = FileKind(path, followingLinks: true) == .folder
        let parent = into ? path : PathParts(path).directory
        try Self.makeFolders(parent)
        AbandonedTemporaries.remove(in: parent)
        let prefix = into ? ".export" : "." + PathParts(path).name
        var made: String?
        for _ in 0..<8 {
            let candidate = parent + "/\(prefix).staging-\(getpid())-\(PrivateFiles.randomSuffix())"
            if mkdir(candidate, 0o700) == 0 {
                made = candidate
                break
            }
            if errno != EEXIST { throw .cannotCreate(path: path, reason: String(cString: strerror(errno))) }
        }
        guard let made else { throw .cannotCreate(path: path, reason: String(cString: strerror(EEXIST))) }
        staging = made
        TemporaryPaths.add(staging)
        lock = open(staging, O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC)
        if lock >= 0 { _ = flock(lock, LOCK_EX | LOCK_NB) }
    }

    /// Writes one file of the folder (synced), under its final name in the staging folder.
    func write(_ text: String, to name: String) throws(OutputError) {
        let file = staging + "/" + name
        let fd = open(file, O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, 0o600)
        guard fd >= 0 else {
            if errno == EEXIST { throw .duplicateName(path: path + "/" + name) }
            throw .cannotCreate(path: file, reason: String(cString: strerror(errno)))
        }
        defer { close(fd) }
        try OutputError.check(descriptor: fd, path: file, writing: text)
        guard fsync(fd) == 0 else { throw .failed(path: file, reason: String(cString: strerror(errno))) }
        names.append(name)
    }

    /// Puts every file in place: the whole folder at once when it is new, else file by file.
    func commit() throws(OutputError) {
        if !into, rename(staging, path) == 0 {
            finish()
            return
        }
        // The folder exists (now, if another program made it meanwhile): move the files into it.
        try Self.makeFolders(path)
        for name in names { try OutputDestination.checkReplaceable(path + "/" + name) }
        for name in names where rename(staging + "/" + name, path + "/" + name) != 0 {
            throw .cannotCreate(path: path + "/" + name, reason: String(cString: strerror(errno)))
        }
        FileTree.remove(staging)
        finish()
    }

    /// Marks the export done: the folder is synced, the staging folder forgotten and unlocked.
    private func finish() {
        committed = true
        TemporaryPaths.remove(staging)
        if lock >= 0 { close(lock) }
        let folder = open(path, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
        if folder >= 0 {
            _ = fsync(folder)
            close(folder)
        }
    }

    deinit {
        if !committed {
            FileTree.remove(staging)
            TemporaryPaths.remove(staging)
            if lock >= 0 { close(lock) }
        }
    }

    /// Creates a folder and its missing parents (`0700`); an existing folder, or a link to one, is fine.
    static func makeFolders(_ path: String) throws(OutputError) {
        guard let failed = PrivateFiles.makeFolders(path) else { return }
        if failed.path == path, case let kind = FileKind(path, followingLinks: true), kind != .absent, kind != .folder {
            throw .unsuitable(path: path, kind: kind)
        }
        throw .cannotCreate(path: failed.path, reason: String(cString: strerror(failed.code)))
    }
}
