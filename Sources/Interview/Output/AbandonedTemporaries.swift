import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// Temporary files and staging folders left in a folder by an export that was killed
/// (`.<name>.tmp-<pid>-<random>`, `.<name>.staging-<pid>-<random>`): they hold partial personal
/// data, so the next export in that folder removes them.
///
/// An entry is removed only when it is the current user's, its process is gone, and its lock
/// is free: a running export holds a lock on each of its temporaries, which also protects one
/// running on another machine sharing the folder, or in another process namespace.
enum AbandonedTemporaries {
    /// Removes the abandoned temporaries of `directory`.
    static func remove(in directory: String) {
        let folder = open(directory, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
        guard folder >= 0 else { return }
        defer { close(folder) }
        for name in FileTree.names(in: folder) where name.hasPrefix(".") {
            guard let pid = processID(in: name), !isRunning(pid) else { continue }
            var info = stat()
            guard fstatat(folder, name, &info, AT_SYMLINK_NOFOLLOW) == 0, info.st_uid == geteuid() else { continue }
            let kind = info.st_mode & S_IFMT
            guard kind == S_IFREG || kind == S_IFDIR else { continue }
            let entry = openat(folder, name, O_RDONLY | O_NOFOLLOW | O_NONBLOCK | O_CLOEXEC | (kind == S_IFDIR ? O_DIRECTORY : 0))
            guard entry >= 0 else { continue }
            defer { close(entry) }
            guard flock(entry, LOCK_EX | LOCK_NB) == 0 else { continue }
            FileTree.remove(name, in: folder)
        }
    }

    /// The process id in a temporary's name, if the name is one of ours: a marker, the id and
    /// sixteen hexadecimal digits.
    static func processID(in name: String) -> pid_t? {
        for marker in [".tmp-", ".staging-"] {
            guard let range = name.range(of: marker, options: .backwards) else { continue }
            let parts = name[range.upperBound...].split(separator: "-", omittingEmptySubsequences: false)
            guard parts.count == 2, let pid = pid_t(parts[0]), pid > 0,
                  parts[1].count == 16, parts[1].allSatisfy(\.isHexDigit) else { continue }
            return pid
        }
        return nil
    }

    /// Whether a process with this id exists (one we may not signal still exists).
    private static func isRunning(_ pid: pid_t) -> Bool {
        kill(pid, 0) == 0 || errno == EPERM
    }
}
