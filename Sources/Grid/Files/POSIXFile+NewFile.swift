#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

extension POSIXFile {
    /// The step of `writeNewFile` that failed, and why.
    struct StepFailure: Error {
        /// A step, named as error messages name the operation.
        enum Step: String {
            case open, fchmod, write, fsync
        }

        var step: Step
        var error: Errno
    }

    /// Creates `path`, which must not exist yet, with mode `0600`, writes `bytes` and syncs
    /// them: the grid copies and the torn tails set aside are written this way. A file created
    /// and then not written whole is removed again.
    static func writeNewFile(_ path: String, _ bytes: [UInt8]) -> StepFailure? {
        let fd: Int32
        switch open(path, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC) {
        case .success(let opened): fd = opened
        case .failure(let error): return StepFailure(step: .open, error: error)
        }
        var failure: StepFailure?
        if fchmod(fd, privateFileMode) != 0 {
            failure = StepFailure(step: .fchmod, error: Errno(errno))
        } else if let error = writeAll(fd, bytes) {
            failure = StepFailure(step: .write, error: error)
        } else if let error = sync(fd) {
            failure = StepFailure(step: .fsync, error: error)
        }
        close(fd)
        if failure != nil { unlink(path) }
        return failure
    }
}
