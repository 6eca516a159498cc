extension JournalError {
    /// The error for a failed system call on a path: `notFound`, `notRegularFile` for a link met
    /// with `O_NOFOLLOW`, `writeFailed` when the disk is full, `ioError` otherwise.
    static func failure(_ error: POSIXFile.Errno, path: String, operation: String) -> JournalError {
        switch error.code {
        case POSIXFile.Errno.notFound: return .notFound(path: path)
        case POSIXFile.Errno.linkRefused: return .notRegularFile(path: path)
        case let code where POSIXFile.isNoSpace(code): return .writeFailed(path: path, reason: error.text)
        default: return .ioError(path: path, operation: operation, reason: error.text)
        }
    }
}
