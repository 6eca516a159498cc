import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// Temporary files and staging folders left in a folder by an export that was killed
/// (`.<name>.tmp-<pid>[-<random>]`, `.<name>.staging-<pid>[-<random>]`): they hold partial
/// personal data, so the next export in that folder removes those whose process is gone.
///
/// Only entries owned by the current user are touched, and a process that still runs keeps its own.
enum AbandonedTemporaries {
    /// Removes the abandoned temporaries of `directory`.
    static func remove(in directory: String) {
        let names = (DirectoryNames.of(directory) ?? []).filter { name in
            name.hasPrefix(".") && processID(in: name).map { !isRunning($0) } == true
        }
        for name in names {
            let path = directory + "/" + name
            var info = stat()
            guard lstat(path, &info) == 0, info.st_uid == geteuid() else { continue }
            RemovedTree.remove(path)
        }
    }

    /// The process id in a temporary's name, if the name is one of ours.
    static func processID(in name: String) -> pid_t? {
        for marker in [".tmp-", ".staging-"] {
            guard let range = name.range(of: marker, options: .backwards) else { continue }
            let tail = name[range.upperBound...]
            let parts = tail.split(separator: "-", omittingEmptySubsequences: false)
            guard parts.count <= 2, let pid = pid_t(parts[0]), pid > 0 else { continue }
            if parts.count == 2, !(parts[1].count == 16 && parts[1].allSatisfy(\.isHexDigit)) { continue }
            return pid
        }
        return nil
    }

    /// Whether a process with this id exists (one we may not signal still exists).
    private static func isRunning(_ pid: pid_t) -> Bool {
        kill(pid, 0) == 0 || errno == EPERM
    }
}
