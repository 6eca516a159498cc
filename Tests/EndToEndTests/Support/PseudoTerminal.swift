#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// A program running on its own pseudo-terminal, driven as a person at a keyboard would drive it.
///
/// The child is the leader of a new session whose controlling terminal is the slave side, so
/// Ctrl-C sent as a byte becomes SIGINT, readline sees a real terminal, and the window size is
/// known. Output is read from the master side into a byte buffer; ``expect(_:timeout:)``
/// consumes it match by match.
///
/// Not thread-safe: use an instance from one test (one task) at a time. Blocking calls wait on
/// `poll`, so suites using it should be `.serialized` and keep timeouts short.
final class PseudoTerminal: @unchecked Sendable {
    /// The child's process id (also its process group and session id).
    let pid: pid_t

    private var master: Int32
    private var bytes: [UInt8] = []
    private var matchOffset = 0
    private var outputEnded = false
    private var exitCode: Int32?

    /// Starts `executable` (a path) with `arguments` on a new pseudo-terminal of the given size.
    ///
    /// `environment` is the child's whole environment; `directory`, when given, its working
    /// directory.
    init(
        executable: String,
        arguments: [String],
        environment: [String: String],
        directory: String?,
        columns: Int = 100,
        rows: Int = 40
    ) throws {
        // posix_openpt with O_CLOEXEC rather than openpty, so that no process spawned meanwhile
        // by a test running in parallel inherits the terminal and keeps it open.
        let master = GNULibC.posixOpenpt(O_RDWR | O_NOCTTY | O_CLOEXEC)
        guard master >= 0 else { throw HarnessError.systemCall("posix_openpt", errno: errno) }
        do {
            guard GNULibC.grantpt(master) == 0 else { throw HarnessError.systemCall("grantpt", errno: errno) }
            guard GNULibC.unlockpt(master) == 0 else { throw HarnessError.systemCall("unlockpt", errno: errno) }
            guard let slavePath = GNULibC.slavePath(ofMaster: master) else {
                throw HarnessError.systemCall("ptsname_r", errno: errno)
            }
            try Self.setWindowSize(of: master, columns: columns, rows: rows)
            let flags = fcntl(master, F_GETFL)
            guard flags >= 0, fcntl(master, F_SETFL, flags | O_NONBLOCK) == 0 else {
                throw HarnessError.systemCall("fcntl(O_NONBLOCK)", errno: errno)
            }
            pid = try ChildSpawner.spawn(
                executable: executable,
                arguments: arguments,
                environment: environment,
                directory: directory,
                onTerminal: slavePath
            )
        } catch {
            LibC.close(master)
            throw error
        }
        self.master = master
    }

    deinit {
        close()
    }

    // MARK: Output

    /// Everything the program has written so far, decoded as UTF-8 (invalid bytes replaced).
    var output: String { String(decoding: bytes, as: UTF8.self) }

    /// What a person would have read so far: ``output`` through ``TerminalTranscript/screen(_:)``.
    func screenText() -> String { TerminalTranscript.screen(output) }

    /// ``output`` with escape sequences and control characters other than newlines removed.
    func strippedText() -> String { TerminalTranscript.stripped(output) }

    /// Waits until the output since the previous match contains `substring`, and consumes it.
    ///
    /// Returns the output from the previous match point to the end of this match; the next
    /// call looks only after it. Matching compares UTF-8 bytes, so escape sequences in the
    /// output between the characters of `substring` prevent a match, and lines end in `"\r\n"`
    /// (the terminal turns `\n` into `\r\n`). Throws
    /// ``HarnessError/expectTimedOut(expected:timeout:unmatched:)`` after `timeout` seconds,
    /// or ``HarnessError/outputEnded(expected:unmatched:exitStatus:)`` as soon as the program
    /// closed its terminal without printing it.
    @discardableResult
    func expect(_ substring: String, timeout: Double = 5) throws -> String {
        let needle = Array(substring.utf8)
        let deadline = Deadline(seconds: timeout)
        while true {
            if let end = endOfFirstMatch(of: needle) {
                let text = String(decoding: bytes[matchOffset..<end], as: UTF8.self)
                matchOffset = end
                return text
            }
            if outputEnded {
                reapSoon()
                throw HarnessError.outputEnded(expected: substring, unmatched: unmatchedOutput, exitStatus: exitCode)
            }
            if deadline.hasPassed {
                throw HarnessError.expectTimedOut(expected: substring, timeout: timeout, unmatched: unmatchedOutput)
            }
            pump(waitingAtMost: deadline.remainingMilliseconds())
        }
    }

    /// Waits for the program to exit, reading its output meanwhile, and returns its exit code
    /// (128 + the signal number if a signal killed it). Then reads the output left.
    func expectExit(timeout: Double = 10) throws -> Int32 {
        let deadline = Deadline(seconds: timeout)
        while true {
            if exitCode == nil, let code = try ChildSpawner.reap(pid) {
                exitCode = code
            }
            if let exitCode {
                drainAfterExit()
                return exitCode
            }
            if deadline.hasPassed {
                throw HarnessError.exitTimedOut(timeout: timeout, unmatched: unmatchedOutput)
            }
            if outputEnded {
                usleep(1000)
            } else {
                pump(waitingAtMost: deadline.remainingMilliseconds(cap: 10))
            }
        }
    }

    // MARK: Input

    /// Types `text` (its UTF-8 bytes, unchanged: use `"\r"` for Enter).
    func send(_ text: String) {
        write(Array(text.utf8))
    }

    /// Types `text` and then Enter (`"\r"`, as a terminal sends it).
    func sendLine(_ text: String) {
        send(text + "\r")
    }

    /// Presses Ctrl and `character`: `"c"` sends 0x03, `"d"` 0x04, `"["` 0x1B, `"?"` 0x7F.
    func sendControl(_ character: Character) {
        guard let ascii = character.uppercased().first?.asciiValue else { return }
        write([ascii == 0x3F ? 0x7F : ascii & 0x1F])
    }

    /// Presses Tab.
    func sendTab() {
        send(TerminalKey.tab.rawValue)
    }

    /// Presses `key`, `times` times.
    func send(_ key: TerminalKey, times: Int = 1) {
        for _ in 0..<max(0, times) { send(key.rawValue) }
    }

    /// Presses the up arrow.
    func up() { send(.up) }

    /// Presses the left arrow.
    func left() { send(.left) }

    /// Presses Ctrl-A (start of line).
    func ctrlA() { send(.ctrlA) }

    /// Presses Ctrl-E (end of line).
    func ctrlE() { send(.ctrlE) }

    // MARK: Control

    /// Sends `signal` to the child process.
    func signal(_ signal: Int32) {
        guard exitCode == nil else { return }
        kill(pid, signal)
    }

    /// Changes the terminal size; the kernel sends SIGWINCH to the program.
    func resize(columns: Int, rows: Int) throws {
        try Self.setWindowSize(of: master, columns: columns, rows: rows)
    }

    /// Kills the program (and its process group) if it still runs, reaps it, and closes the
    /// terminal. Called by `deinit`; calling it twice is harmless.
    func close() {
        if exitCode == nil {
            kill(-pid, SIGKILL)
            kill(pid, SIGKILL)
            exitCode = (try? ChildSpawner.reap(pid, blocking: true)) ?? -1
        }
        if master >= 0 {
            LibC.close(master)
            master = -1
        }
        outputEnded = true
    }

    // MARK: Private

    /// Reaps the child if it ends within a few milliseconds (its terminal just closed).
    private func reapSoon() {
        let deadline = Deadline(seconds: 0.05)
        while exitCode == nil, !deadline.hasPassed {
            if let code = try? ChildSpawner.reap(pid) {
                exitCode = code
            } else {
                usleep(1000)
            }
        }
    }

    private var unmatchedOutput: String {
        String(decoding: bytes[matchOffset...], as: UTF8.self)
    }

    private func endOfFirstMatch(of needle: [UInt8]) -> Int? {
        guard !needle.isEmpty else { return matchOffset }
        guard bytes.count - matchOffset >= needle.count else { return nil }
        let first = needle[0]
        var start = matchOffset
        while start + needle.count <= bytes.count {
            if bytes[start] == first, bytes[start..<(start + needle.count)].elementsEqual(needle) {
                return start + needle.count
            }
            start += 1
        }
        return nil
    }

    /// Waits up to `milliseconds` for output, then reads all there is. Returns whether any came.
    @discardableResult
    private func pump(waitingAtMost milliseconds: Int32) -> Bool {
        guard master >= 0, !outputEnded else { return false }
        var descriptor = pollfd(fd: master, events: Int16(POLLIN), revents: 0)
        let ready = poll(&descriptor, 1, milliseconds)
        guard ready > 0 else { return false }
        var gotBytes = false
        while true {
            switch ReadOutcome.read(from: master, appendingTo: &bytes) {
            case .bytes: gotBytes = true
            case .wouldBlock: return gotBytes
            case .endOfFile:
                outputEnded = true
                return gotBytes
            }
        }
    }

    /// After the child was reaped, reads until the terminal reports end of output, or until
    /// it stays quiet (a grandchild may still hold the terminal open).
    private func drainAfterExit() {
        let deadline = Deadline(seconds: 1)
        var quietRounds = 0
        while !outputEnded, quietRounds < 3, !deadline.hasPassed {
            quietRounds = pump(waitingAtMost: 20) ? 0 : quietRounds + 1
        }
    }

    private func write(_ data: [UInt8]) {
        guard master >= 0 else { return }
        var offset = 0
        let deadline = Deadline(seconds: 2)
        while offset < data.count {
            let written = data[offset...].withUnsafeBytes { LibC.write(master, $0.baseAddress, $0.count) }
            if written > 0 {
                offset += written
            } else if written < 0, errno == EINTR {
                continue
            } else if written < 0, errno == EAGAIN || errno == EWOULDBLOCK, !deadline.hasPassed {
                // The terminal's input queue is full: let the program read, and read its output
                // so that it is not blocked writing.
                pump(waitingAtMost: 0)
                var descriptor = pollfd(fd: master, events: Int16(POLLOUT), revents: 0)
                _ = poll(&descriptor, 1, 10)
            } else {
                return
            }
        }
    }

    private static func setWindowSize(of fd: Int32, columns: Int, rows: Int) throws {
        var size = winsize(
            ws_row: UInt16(clamping: rows),
            ws_col: UInt16(clamping: columns),
            ws_xpixel: 0,
            ws_ypixel: 0
        )
        let result = withUnsafeMutablePointer(to: &size) { ioctl(fd, UInt(TIOCSWINSZ), $0) }
        guard result == 0 else { throw HarnessError.systemCall("ioctl(TIOCSWINSZ)", errno: errno) }
    }
}
