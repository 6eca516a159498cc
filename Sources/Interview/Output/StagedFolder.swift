#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif
import Grid

/// A folder of export files that appears only when every file is written: files go to a
/// hidden sibling folder first, then move into place on commit; on failure nothing is left.
///
/// The staging folder's name carries the process id and sixteen random hexadecimal digits and is
/// made with `mkdir` (`0700`), which never reuses or follows what is already there. Files in the
/// folder are replaced only when they are regular files; every name is checked before any moves.
final class StagedFolder {
    let path: String
    private let staging: String
    private var names: [String] = []
    private var committed = false

    init(path: String) throws(OutputError) {
        self.path = path
        let parts = PathParts(path)
        try Self.makeFolders(parts.directory)
        AbandonedTemporaries.remove(in: parts.directory)
        var made: String?
        for _ in 0..<8 {
            let candidate = parts.sibling(".\(parts.name).staging-\(getpid())-\(AtomicFile.randomSuffix())")
            if mkdir(candidate, 0o700) == 0 {
                made = candidate
                break
            }
            if errno != EEXIST { throw .failed(path: path, reason: String(cString: strerror(errno))) }
        }
        guard let made else { throw .failed(path: path, reason: String(cString: strerror(EEXIST))) }
        staging = made
        TemporaryPaths.add(staging)
    }

    /// Writes one file of the folder (synced), under its final name in the staging folder.
    func write(_ text: String, to name: String) throws(OutputError) {
        let file = staging + "/" + name
        let fd = open(file, O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, 0o600)
        guard fd >= 0 else {
            if errno == EEXIST { throw .duplicateName(path: path + "/" + name) }
            throw .failed(path: file, reason: String(cString: strerror(errno)))
        }
        defer { close(fd) }
        try OutputError.check(descriptor: fd, path: file, writing: text)
        guard fsync(fd) == 0 else { throw .failed(path: file, reason: String(cString: strerror(errno))) }
        names.append(name)
    }

    /// Moves every file into the folder, creating it if needed.
    func commit() throws(OutputError) {
        try Self.makeFolders(path)
        for name in names { try OutputDestination.checkReplaceable(path + "/" + name) }
        for name in names where rename(staging + "/" + name, path + "/" + name) != 0 {
            throw .failed(path: path + "/" + name, reason: String(cString: strerror(errno)))
        }
        committed = true
        RemovedTree.remove(staging)
        TemporaryPaths.remove(staging)
        let folder = open(path, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
        if folder >= 0 {
            _ = fsync(folder)
            close(folder)
        }
    }

    deinit {
        if !committed {
            RemovedTree.remove(staging)
            TemporaryPaths.remove(staging)
        }
    }

    /// Creates a folder and its missing parents (`0700`); an existing folder, or a link to one, is fine.
    static func makeFolders(_ path: String) throws(OutputError) {
        if FileKind(path, followingLinks: true) == .folder { return }
        var prefix = path.hasPrefix("/") ? "/" : ""
        for component in path.split(separator: "/") {
            prefix += (prefix.isEmpty || prefix.hasSuffix("/") ? "" : "/") + component
            if mkdir(prefix, 0o700) != 0, errno != EEXIST {
                throw .failed(path: prefix, reason: String(cString: strerror(errno)))
            }
        }
        let kind = FileKind(path, followingLinks: true)
        guard kind == .folder else { throw .unsuitable(path: path, kind: kind) }
    }
}
