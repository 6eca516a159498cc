#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// A program run with piped standard input, output and error, as a script would run it.
///
/// Input is written and both outputs are read by one `poll` loop, so a program that writes a
/// lot before reading all its input cannot deadlock the run. A program still running after
/// `timeout` seconds is killed with its process group, and the run throws
/// ``HarnessError/runTimedOut(executable:timeout:stdout:stderr:)``.
struct ProcessRun: Sendable {
    /// Path of the program (no `PATH` search).
    var executable: String
    /// Arguments, without `argv[0]`.
    var arguments: [String] = []
    /// Text given on standard input, which is then closed.
    var stdin: String = ""
    /// The program's whole environment.
    var environment: [String: String] = [:]
    /// Working directory, or `nil` for the test process's own.
    var directory: String?
    /// Seconds before the program is killed.
    var timeout: Double = 10

    /// Runs `executable` once with the given input and environment and returns what it produced.
    static func run(
        executable: String,
        arguments: [String] = [],
        stdin: String = "",
        environment: [String: String] = [:],
        directory: String? = nil,
        timeout: Double = 10
    ) throws -> ProcessResult {
        try ProcessRun(
            executable: executable,
            arguments: arguments,
            stdin: stdin,
            environment: environment,
            directory: directory,
            timeout: timeout
        ).run()
    }

    /// Runs the program and waits for it to end, reading its output.
    func run() throws -> ProcessResult {
        // Writing to a pipe the program closed must fail with EPIPE, not kill the test runner.
        // Children get SIGPIPE back to its default action (see ChildSpawner).
        LibC.signal(SIGPIPE, SIG_IGN)

        var pipes: [[Int32]] = []
        defer { pipes.joined().filter { $0 >= 0 }.forEach { LibC.close($0) } }
        for _ in 0..<3 {
            var ends: [Int32] = [-1, -1]
            guard GNULibC.pipe2(&ends, O_CLOEXEC) == 0 else { throw HarnessError.systemCall("pipe2", errno: errno) }
            pipes.append(ends)
        }
        // Child ends: stdin's read end, stdout's and stderr's write ends.
        let childEnds = [pipes[0][0], pipes[1][1], pipes[2][1]]
        let pid = try ChildSpawner.spawn(
            executable: executable,
            arguments: arguments,
            environment: environment,
            directory: directory
        ) { actions in
            for (target, source) in childEnds.enumerated() {
                let result = posix_spawn_file_actions_adddup2(actions, source, Int32(target))
                guard result == 0 else { return result }
            }
            return 0
        }
        LibC.close(pipes[0][0]); pipes[0][0] = -1
        LibC.close(pipes[1][1]); pipes[1][1] = -1
        LibC.close(pipes[2][1]); pipes[2][1] = -1

        var input = pipes[0][1]
        let outputs = [pipes[1][0], pipes[2][0]]
        for fd in [input] + outputs {
            let flags = fcntl(fd, F_GETFL)
            _ = fcntl(fd, F_SETFL, flags | O_NONBLOCK)
        }

        let inputBytes = Array(stdin.utf8)
        var written = 0
        var collected: [[UInt8]] = [[], []]
        var open = [true, true]
        var exitCode: Int32?
        let deadline = Deadline(seconds: timeout)
        var graceDeadline: Deadline?

        func closeInput() {
            guard input >= 0 else { return }
            LibC.close(input)
            pipes[0][1] = -1
            input = -1
        }
        if inputBytes.isEmpty { closeInput() }

        while open.contains(true) || exitCode == nil {
            if exitCode == nil, let code = try ChildSpawner.reap(pid) {
                exitCode = code
                // A grandchild may keep the pipes open: give it a moment, then stop reading.
                graceDeadline = Deadline(seconds: 0.5)
            }
            if let graceDeadline, graceDeadline.hasPassed { break }
            if deadline.hasPassed {
                kill(-pid, SIGKILL)
                kill(pid, SIGKILL)
                _ = try? ChildSpawner.reap(pid, blocking: true)
                throw HarnessError.runTimedOut(
                    executable: executable,
                    timeout: timeout,
                    stdout: String(decoding: collected[0], as: UTF8.self),
                    stderr: String(decoding: collected[1], as: UTF8.self)
                )
            }

            var descriptors: [pollfd] = []
            for (index, fd) in outputs.enumerated() where open[index] {
                descriptors.append(pollfd(fd: fd, events: Int16(POLLIN), revents: 0))
            }
            if input >= 0 {
                descriptors.append(pollfd(fd: input, events: Int16(POLLOUT), revents: 0))
            }
            // Once the outputs are closed, only the exit remains to be seen: poll briefly.
            let wait = descriptors.isEmpty || exitCode != nil ? 1 : deadline.remainingMilliseconds(cap: 20)
            if descriptors.isEmpty {
                usleep(1000)
            } else {
                _ = poll(&descriptors, nfds_t(descriptors.count), wait)
            }

            for (index, fd) in outputs.enumerated() where open[index] {
                reading: while true {
                    switch ReadOutcome.read(from: fd, appendingTo: &collected[index]) {
                    case .bytes: continue
                    case .wouldBlock: break reading
                    case .endOfFile:
                        open[index] = false
                        break reading
                    }
                }
            }
            if input >= 0 {
                let count = inputBytes[written...].withUnsafeBytes { LibC.write(input, $0.baseAddress, $0.count) }
                if count > 0 {
                    written += count
                    if written == inputBytes.count { closeInput() }
                } else if count < 0, errno != EAGAIN, errno != EWOULDBLOCK, errno != EINTR {
                    closeInput()  // EPIPE: the program stopped reading.
                }
            }
        }

        let status: Int32
        if let exitCode {
            status = exitCode
        } else {
            status = try ChildSpawner.reap(pid, blocking: true) ?? -1
        }
        return ProcessResult(
            status: status,
            stdout: String(decoding: collected[0], as: UTF8.self),
            stderr: String(decoding: collected[1], as: UTF8.self)
        )
    }
}
