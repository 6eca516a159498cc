#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// Starts child processes with `posix_spawn`, undoing the signal state the test runner leaves.
///
/// The test runner blocks most signals and children inherit that mask, so every child starts
/// with an empty mask and default handlers for the signals tests care about; otherwise Ctrl-C
/// on a pseudo-terminal never arrives. Every child also starts a new session (`setsid`), which
/// keeps it away from the terminal `swift test` itself may be running on.
enum ChildSpawner {
    /// Signals set back to their default action in every child.
    static let defaultedSignals: [Int32] = [SIGINT, SIGTERM, SIGHUP, SIGQUIT, SIGPIPE, SIGCHLD]

    /// Spawns `executable` (a path; no `PATH` search) and returns its process id.
    ///
    /// `arguments` excludes `argv[0]`, which is `executable`. `environment` is the child's whole
    /// environment. `standardStreams` adds the file actions that set up descriptors 0, 1 and 2
    /// and returns an error number, or 0 on success.
    static func spawn(
        executable: String,
        arguments: [String],
        environment: [String: String],
        directory: String?,
        standardStreams: (UnsafeMutablePointer<posix_spawn_file_actions_t>) -> Int32
    ) throws -> pid_t {
        var actions = posix_spawn_file_actions_t()
        var attributes = posix_spawnattr_t()
        guard posix_spawn_file_actions_init(&actions) == 0 else {
            throw HarnessError.systemCall("posix_spawn_file_actions_init", errno: errno)
        }
        defer { posix_spawn_file_actions_destroy(&actions) }
        guard posix_spawnattr_init(&attributes) == 0 else {
            throw HarnessError.systemCall("posix_spawnattr_init", errno: errno)
        }
        defer { posix_spawnattr_destroy(&attributes) }

        if let directory {
            let result = GNULibC.addChdir(&actions, directory)
            guard result == 0 else {
                throw HarnessError.systemCall("posix_spawn_file_actions_addchdir_np", errno: result)
            }
        }
        let streamsResult = standardStreams(&actions)
        guard streamsResult == 0 else {
            throw HarnessError.systemCall("posix_spawn_file_actions (standard streams)", errno: streamsResult)
        }

        var emptyMask = sigset_t()
        sigemptyset(&emptyMask)
        var defaulted = sigset_t()
        sigemptyset(&defaulted)
        for signal in defaultedSignals { sigaddset(&defaulted, signal) }
        let flags = POSIX_SPAWN_SETSIGMASK | POSIX_SPAWN_SETSIGDEF | GNULibC.spawnSetSessionFlag
        for (name, result) in [
            ("posix_spawnattr_setsigmask", posix_spawnattr_setsigmask(&attributes, &emptyMask)),
            ("posix_spawnattr_setsigdefault", posix_spawnattr_setsigdefault(&attributes, &defaulted)),
            ("posix_spawnattr_setflags", posix_spawnattr_setflags(&attributes, Int16(truncatingIfNeeded: flags))),
        ] where result != 0 {
            throw HarnessError.systemCall(name, errno: result)
        }

        let argv = ([executable] + arguments).map { strdup($0) }
        let envp = environment.sorted { $0.key < $1.key }.map { strdup("\($0.key)=\($0.value)") }
        defer {
            argv.forEach { free($0) }
            envp.forEach { free($0) }
        }
        var pid: pid_t = 0
        let result = (argv + [nil]).withUnsafeBufferPointer { argvBuffer in
            (envp + [nil]).withUnsafeBufferPointer { envpBuffer in
                guard let argvPointer = argvBuffer.baseAddress, let envpPointer = envpBuffer.baseAddress else {
                    return EINVAL
                }
                return posix_spawn(&pid, executable, &actions, &attributes, argvPointer, envpPointer)
            }
        }
        guard result == 0 else { throw HarnessError.spawnFailed(executable: executable, errno: result) }
        return pid
    }

    /// Converts a `waitpid` status to an exit code: the program's own code, or 128 + the signal.
    static func exitCode(fromWaitStatus status: Int32) -> Int32 {
        let signal = status & 0x7F
        return signal == 0 ? (status >> 8) & 0xFF : 128 + signal
    }

    /// Reaps `pid` if it has ended, retrying on `EINTR`; returns its exit code, or `nil` if it
    /// is still running. With `blocking`, waits for it to end.
    static func reap(_ pid: pid_t, blocking: Bool = false) throws -> Int32? {
        var status: Int32 = 0
        while true {
            let result = waitpid(pid, &status, blocking ? 0 : WNOHANG)
            if result == pid { return exitCode(fromWaitStatus: status) }
            if result == 0 { return nil }
            if errno == EINTR { continue }
            throw HarnessError.systemCall("waitpid(\(pid))", errno: errno)
        }
    }
}
