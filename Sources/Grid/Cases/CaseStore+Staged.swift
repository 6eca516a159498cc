#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

extension CaseStore {
    /// Removes the hidden `.<case>.jsonl.new-<random>` files a `new` killed before linking its
    /// journal into place left behind (they hold a header, with the interviewer's name).
    ///
    /// A file whose lock can be taken has no `new` behind it any more; one still locked is
    /// being created and is left alone. Links and other kinds of files are never touched.
    func removeAbandonedStagedJournals() {
        guard let names = try? entryNames() else { return }
        for name in names where name.hasPrefix(".") && name.contains(".jsonl.new-") {
            let path = directory + "/" + name
            guard case .success(let fd) = POSIXFile.open(path, O_RDONLY | O_NOFOLLOW | O_NONBLOCK | O_CLOEXEC) else { continue }
            defer { POSIXFile.close(fd) }
            guard case .success(let info) = POSIXFile.status(fd), POSIXFile.isRegularFile(info),
                  POSIXFile.lockExclusive(fd) == nil else { continue }
            unlink(path)
        }
    }
}
