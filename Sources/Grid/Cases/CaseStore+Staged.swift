import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

extension CaseStore {
    /// Removes the hidden `.<case>.jsonl.new-<pid>-<random>` files a `new` killed before linking
    /// its journal into place left behind (they hold a header, with the interviewer's name).
    ///
    /// Only the files of a process that is gone are removed, and only when their lock can be
    /// taken: a `new` still running (between creating its file and locking it, too) keeps its
    /// own. Links and other kinds of files are never touched.
    func removeAbandonedStagedJournals() {
        guard let names = try? entryNames() else { return }
        for name in names where name.hasPrefix(".") {
            guard let pid = Self.stagingProcess(name), kill(pid, 0) != 0, errno == ESRCH else { continue }
            let path = directory + "/" + name
            guard case .success(let fd) = POSIXFile.open(path, O_RDONLY | O_NOFOLLOW | O_NONBLOCK | O_CLOEXEC) else { continue }
            defer { POSIXFile.close(fd) }
            guard case .success(let info) = POSIXFile.status(fd), POSIXFile.isRegularFile(info),
                  POSIXFile.lockExclusive(fd) == nil, POSIXFile.isStillNamed(fd, path) else { continue }
            unlink(path)
        }
    }

    /// The process id in a staged journal's name, if the name is one.
    static func stagingProcess(_ name: String) -> pid_t? {
        guard let marker = name.range(of: ".jsonl.new-") else { return nil }
        let parts = name[marker.upperBound...].split(separator: "-")
        guard parts.count == 2, let pid = pid_t(parts[0]), pid > 0 else { return nil }
        return pid
    }
}
