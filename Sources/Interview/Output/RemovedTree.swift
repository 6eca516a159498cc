#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// Removes a file, or a folder and everything in it, without following symbolic links.
enum RemovedTree {
    static func remove(_ path: String) {
        var info = stat()
        guard lstat(path, &info) == 0 else { return }
        guard (info.st_mode & S_IFMT) == S_IFDIR else {
            unlink(path)
            return
        }
        for name in DirectoryNames.of(path) ?? [] { remove(path + "/" + name) }
        rmdir(path)
    }
}
