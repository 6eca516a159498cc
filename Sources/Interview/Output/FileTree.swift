#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// Files and folders the export made and must remove, handled through open folders so that no
/// path is resolved twice: a folder swapped for a link meanwhile is never followed.
enum FileTree {
    /// Removes a file, or a folder and everything in it, without following symbolic links.
    static func remove(_ path: String) {
        let parts = PathParts(path)
        let parent = open(parts.directory, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
        guard parent >= 0 else { return }
        defer { close(parent) }
        remove(parts.name, in: parent)
    }

    /// Removes `name` from the folder open as `folder`.
    static func remove(_ name: String, in folder: Int32) {
        var info = stat()
        guard fstatat(folder, name, &info, AT_SYMLINK_NOFOLLOW) == 0 else { return }
        guard info.st_mode & S_IFMT == S_IFDIR else {
            unlinkat(folder, name, 0)
            return
        }
        let child = openat(folder, name, O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC)
        if child >= 0 {
            for entry in names(in: child) { remove(entry, in: child) }
            close(child)
        }
        unlinkat(folder, name, AT_REMOVEDIR)
    }

    /// The names in the folder open as `folder` (without `.` and `..`); the descriptor stays open.
    static func names(in folder: Int32) -> [String] {
        let copy = dup(folder)
        guard copy >= 0 else { return [] }
        guard let stream = fdopendir(copy) else {
            close(copy)
            return []
        }
        defer { closedir(stream) }
        rewinddir(stream)
        var names: [String] = []
        while let entry = readdir(stream) {
            let name = withUnsafeBytes(of: entry.pointee.d_name) { String(decoding: $0.prefix { $0 != 0 }, as: UTF8.self) }
            if name != ".", name != ".." { names.append(name) }
        }
        return names
    }
}
