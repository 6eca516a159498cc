#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif
import Grid

/// What a path names, as far as an export cares, read without following a link.
enum FileKind: Equatable {
    case absent, regular, folder, symbolicLink, fifo, characterDevice, blockDevice, socket

    /// The kind of `path` itself (`lstat`), or of what it points to (`stat`) when `followingLinks`.
    init(_ path: String, followingLinks: Bool = false) {
        var info = stat()
        guard (followingLinks ? stat(path, &info) : lstat(path, &info)) == 0 else {
            self = .absent
            return
        }
        switch info.st_mode & S_IFMT {
        case S_IFREG: self = .regular
        case S_IFDIR: self = .folder
        case S_IFLNK: self = .symbolicLink
        case S_IFIFO: self = .fifo
        case S_IFCHR: self = .characterDevice
        case S_IFBLK: self = .blockDevice
        default: self = .socket
        }
    }

    /// Whether an export is written into it as it comes (a pipe, a terminal, `/dev/null`).
    var isStream: Bool { self == .fifo || self == .characterDevice }
}
