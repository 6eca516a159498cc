#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// A program on a pseudo-terminal whose terminal the test can take away, as when an SSH
/// connection drops or the terminal window is closed: ``hangUp()`` closes the master side, so
/// the kernel sends SIGHUP to the session and the program's reads fail.
///
/// Minimal on purpose: ``PseudoTerminal`` does everything else; this only adds the hang-up.
final class HangUpTerminal {
    let pid: pid_t
    private var master: Int32
    private var bytes: [UInt8] = []

    init(executable: String, arguments: [String], environment: [String: String], directory: String?) throws {
        let master = GNULibC.posixOpenpt(O_RDWR | O_NOCTTY | O_CLOEXEC)
        guard master >= 0 else { throw HarnessError.systemCall("posix_openpt", errno: errno) }
        guard GNULibC.grantpt(master) == 0, GNULibC.unlockpt(master) == 0,
              let slavePath = GNULibC.slavePath(ofMaster: master) else {
            LibC.close(master)
            throw HarnessError.systemCall("grantpt/unlockpt/ptsname_r", errno: errno)
        }
        _ = fcntl(master, F_SETFL, fcntl(master, F_GETFL) | O_NONBLOCK)
        do {
            pid = try ChildSpawner.spawn(executable: executable, arguments: arguments, environment: environment,
                                         directory: directory, onTerminal: slavePath)
        } catch {
            LibC.close(master)
            throw error
        }
        self.master = master
    }

    deinit {
        if master >= 0 { LibC.close(master) }
        if (try? ChildSpawner.reap(pid)) == nil {
            kill(pid, SIGKILL)
            _ = try? ChildSpawner.reap(pid, blocking: true)
        }
    }

    /// Everything the program wrote so far.
    var output: String { String(decoding: bytes, as: UTF8.self) }

    /// Waits until the whole output contains `text` (no consuming: keep texts distinct).
    func waitFor(_ text: String, timeout: Double = 3) throws {
        let deadline = Deadline(seconds: timeout)
        while !output.contains(text) {
            if deadline.hasPassed {
                throw HarnessError.expectTimedOut(expected: text, timeout: timeout, unmatched: output)
            }
            var descriptor = pollfd(fd: master, events: Int16(POLLIN), revents: 0)
            if poll(&descriptor, 1, deadline.remainingMilliseconds(cap: 50)) > 0 {
                _ = ReadOutcome.read(from: master, appendingTo: &bytes)
            }
        }
    }

    /// Types `text`.
    func send(_ text: String) {
        let data = Array(text.utf8)
        _ = data.withUnsafeBytes { LibC.write(master, $0.baseAddress, $0.count) }
    }

    /// Closes the terminal and waits for the program to end; returns its exit code.
    func hangUp(timeout: Double = 3) throws -> Int32 {
        LibC.close(master)
        master = -1
        let deadline = Deadline(seconds: timeout)
        while true {
            if let code = try ChildSpawner.reap(pid) { return code }
            if deadline.hasPassed {
                throw HarnessError.exitTimedOut(timeout: timeout, unmatched: output)
            }
            usleep(2000)
        }
    }
}
