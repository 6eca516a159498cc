#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// The few system calls journals need, with `EINTR` retried and short reads and writes completed.
///
/// Every function returns the `errno` of the call that failed instead of throwing, so that callers
/// can map it to the right `JournalError` for the file and operation concerned.
enum POSIXFile {
    /// Mode of every file the journal code creates: journals hold names, e-mails and phone numbers.
    static let privateFileMode: mode_t = 0o600
    /// Mode of the directories it creates.
    static let privateDirectoryMode: mode_t = 0o700

    /// The system's text for an `errno` value, such as `No space left on device`.
    static func describe(_ code: Int32) -> String {
        String(cString: strerror(code))
    }

    /// Whether an `errno` value means the disk (or the quota) is full.
    static func isNoSpace(_ code: Int32) -> Bool {
        code == ENOSPC || code == EDQUOT || code == EFBIG
    }

    /// Opens a file, retrying on `EINTR`; the descriptor, or the `errno` of the failure.
    static func open(_ path: String, _ flags: Int32, mode: mode_t = privateFileMode) -> Result<Int32, Errno> {
        while true {
            let fd = cOpen(path, flags, mode)
            if fd >= 0 { return .success(fd) }
            if errno != EINTR { return .failure(Errno(errno)) }
        }
    }

    /// Takes an exclusive `flock` without waiting; `EWOULDBLOCK` when another description holds it.
    static func lockExclusive(_ fd: Int32) -> Errno? {
        while flock(fd, LOCK_EX | LOCK_NB) != 0 {
            if errno != EINTR { return Errno(errno) }
        }
        return nil
    }

    /// Whether the open file `fd` is still the one named `path`: not removed or replaced since it
    /// was opened (a lock taken on a file another program unlinked meanwhile protects nothing).
    static func isStillNamed(_ fd: Int32, _ path: String) -> Bool {
        guard case .success(let opened) = status(fd), opened.st_nlink > 0, let named = status(path: path) else { return false }
        return opened.st_dev == named.st_dev && opened.st_ino == named.st_ino
    }

    /// Whether an `errno` value from `lockExclusive` means somebody else holds the lock.
    static func isLockHeld(_ error: Errno) -> Bool {
        error.code == EWOULDBLOCK || error.code == EAGAIN
    }

    /// Writes every byte, going on after short writes and `EINTR`.
    static func writeAll(_ fd: Int32, _ bytes: UnsafeRawBufferPointer) -> Errno? {
        guard var next = bytes.baseAddress else { return nil }
        var remaining = bytes.count
        while remaining > 0 {
            let written = write(fd, next, remaining)
            if written < 0 {
                if errno == EINTR { continue }
                return Errno(errno)
            }
            if written == 0 { return Errno(EIO) }
            next += written
            remaining -= written
        }
        return nil
    }

    /// Writes every byte of an array.
    static func writeAll(_ fd: Int32, _ bytes: [UInt8]) -> Errno? {
        bytes.withUnsafeBytes { writeAll(fd, $0) }
    }

    /// The most any file is read into memory: a journal of an hour-long interview is about
    /// 100 KB and a large grid 1 MB, so a file beyond this was planted or damaged.
    static let readLimit = 256 << 20

    /// Reads from the current offset to the end of the file, `EFBIG` beyond `readLimit` bytes.
    ///
    /// `sizeHint` (a file's `st_size`, which a planted sparse file can make huge) only sizes the
    /// first buffer, within the limit.
    static func readAll(_ fd: Int32, sizeHint: Int) -> Result<[UInt8], Errno> {
        let hint = Swift.min(Swift.max(sizeHint, 0), readLimit)
        if sizeHint > readLimit { return .failure(Errno(EFBIG)) }
        var bytes: [UInt8] = []
        bytes.reserveCapacity(hint + 1)
        var chunk = [UInt8](repeating: 0, count: Swift.max(4096, Swift.min(hint + 1, 1 << 20)))
        while true {
            let count = chunk.withUnsafeMutableBytes { read(fd, $0.baseAddress, $0.count) }
            if count < 0 {
                if errno == EINTR { continue }
                return .failure(Errno(errno))
            }
            if count == 0 { return .success(bytes) }
            if bytes.count + count > readLimit { return .failure(Errno(EFBIG)) }
            bytes.append(contentsOf: chunk[0..<count])
        }
    }

    /// Flushes a file's data and metadata to the disk, retrying on `EINTR`.
    static func sync(_ fd: Int32) -> Errno? {
        while fsync(fd) != 0 {
            if errno != EINTR { return Errno(errno) }
        }
        return nil
    }

    /// Flushes a directory, so that files created, renamed or removed in it survive a crash.
    ///
    /// File systems that cannot sync a directory (`EINVAL`) are not an error.
    static func syncDirectory(_ path: String) -> Errno? {
        let fd: Int32
        switch open(path, O_RDONLY | O_DIRECTORY | O_CLOEXEC) {
        case .success(let opened): fd = opened
        case .failure(let error): return error
        }
        defer { _ = cClose(fd) }
        if let error = sync(fd), error.code != EINVAL { return error }
        return nil
    }

    /// Cuts a file back to a length, retrying on `EINTR`.
    static func truncate(_ fd: Int32, to length: off_t) -> Errno? {
        while ftruncate(fd, length) != 0 {
            if errno != EINTR { return Errno(errno) }
        }
        return nil
    }

    /// The `stat` of an open file.
    static func status(_ fd: Int32) -> Result<stat, Errno> {
        var info = stat()
        guard fstat(fd, &info) == 0 else { return .failure(Errno(errno)) }
        return .success(info)
    }

    /// The `lstat` of a path, or nil when it cannot be read (usually: it does not exist).
    static func status(path: String) -> stat? {
        var info = stat()
        guard lstat(path, &info) == 0 else { return nil }
        return info
    }

    /// The `stat` of a path, following symbolic links, or nil when it cannot be read.
    static func status(followingLinks path: String) -> stat? {
        var info = stat()
        guard stat(path, &info) == 0 else { return nil }
        return info
    }

    /// Whether a `stat` describes a regular file.
    static func isRegularFile(_ info: stat) -> Bool {
        (info.st_mode & S_IFMT) == S_IFREG
    }


    /// Whether a `stat` describes a directory.
    static func isDirectory(_ info: stat) -> Bool {
        (info.st_mode & S_IFMT) == S_IFDIR
    }

    /// Closes a descriptor; errors are ignored (nothing useful can be done about them).
    static func close(_ fd: Int32) {
        _ = cClose(fd)
    }

    /// An `errno` value that failed a call.
    struct Errno: Error, Sendable, Equatable {
        /// `ENOENT`: no such file or folder.
        static let notFound = ENOENT
        /// `ELOOP`: a symbolic link met with `O_NOFOLLOW`.
        static let linkRefused = ELOOP

        var code: Int32
        init(_ code: Int32) { self.code = code }
        /// The system's text for it.
        var text: String { POSIXFile.describe(code) }
    }
}

/// The C library's `open`, named apart from `POSIXFile.open`.
private func cOpen(_ path: String, _ flags: Int32, _ mode: mode_t) -> Int32 {
    #if canImport(Darwin)
    Darwin.open(path, flags, mode)
    #elseif canImport(Musl)
    Musl.open(path, flags, mode)
    #else
    Glibc.open(path, flags, mode)
    #endif
}

/// The C library's `close`, named apart from `POSIXFile.close`.
private func cClose(_ fd: Int32) -> Int32 {
    #if canImport(Darwin)
    Darwin.close(fd)
    #elseif canImport(Musl)
    Musl.close(fd)
    #else
    Glibc.close(fd)
    #endif
}
