#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// A program whose standard input, output and error are pipes the test keeps open: input can
/// be written piece by piece (any bytes, even invalid UTF-8) while the program runs, and its
/// output waited for, as a script feeding it line by line would.
///
/// Not thread-safe; use from one test at a time. ``ProcessRun`` is simpler when the whole input
/// is known in advance and is valid UTF-8.
final class PipedSession {
    let pid: pid_t
    private var input: Int32
    private var outputs: [Int32]
    private var collected: [[UInt8]] = [[], []]
    private var stdoutOffset = 0
    private var exitCode: Int32?

    init(executable: String, arguments: [String], environment: [String: String], directory: String?) throws {
        LibC.signal(SIGPIPE, SIG_IGN)
        var pipes: [[Int32]] = []
        for _ in 0..<3 {
            var ends: [Int32] = [-1, -1]
            guard GNULibC.pipe2(&ends, O_CLOEXEC) == 0 else {
                pipes.joined().forEach { LibC.close($0) }
                throw HarnessError.systemCall("pipe2", errno: errno)
            }
            pipes.append(ends)
        }
        let childEnds = [pipes[0][0], pipes[1][1], pipes[2][1]]
        do {
            pid = try ChildSpawner.spawn(executable: executable, arguments: arguments, environment: environment,
                                         directory: directory) { actions in
                for (target, source) in childEnds.enumerated() {
                    let result = posix_spawn_file_actions_adddup2(actions, source, Int32(target))
                    guard result == 0 else { return result }
                }
                return 0
            }
        } catch {
            pipes.joined().forEach { LibC.close($0) }
            throw error
        }
        childEnds.forEach { LibC.close($0) }
        input = pipes[0][1]
        outputs = [pipes[1][0], pipes[2][0]]
        for fd in outputs { _ = fcntl(fd, F_SETFL, fcntl(fd, F_GETFL) | O_NONBLOCK) }
    }

    deinit {
        closeInput()
        if exitCode == nil {
            kill(pid, SIGKILL)
            _ = try? ChildSpawner.reap(pid, blocking: true)
        }
        outputs.filter { $0 >= 0 }.forEach { LibC.close($0) }
    }

    var stdout: String { String(decoding: collected[0], as: UTF8.self) }
    var stderr: String { String(decoding: collected[1], as: UTF8.self) }

    /// Writes `bytes` to the program's standard input (blocking, while reading its output).
    func write(_ bytes: [UInt8]) {
        guard input >= 0 else { return }
        var offset = 0
        while offset < bytes.count {
            let count = bytes[offset...].withUnsafeBytes { LibC.write(input, $0.baseAddress, $0.count) }
            if count > 0 { offset += count; continue }
            if count < 0, errno == EINTR { continue }
            return  // EPIPE: the program stopped reading.
        }
    }

    func write(_ text: String) { write(Array(text.utf8)) }

    /// Closes standard input: the program sees end of input.
    func closeInput() {
        guard input >= 0 else { return }
        LibC.close(input)
        input = -1
    }

    func signal(_ signal: Int32) {
        guard exitCode == nil else { return }
        kill(pid, signal)
    }

    /// Waits until standard output, after the previous match, contains `text`; consumes it.
    func expectStdout(_ text: String, timeout: Double = 5) throws {
        let needle = Array(text.utf8)
        let deadline = Deadline(seconds: timeout)
        while true {
            let haystack = collected[0][stdoutOffset...]
            if let end = Self.endOfMatch(needle, in: haystack) {
                stdoutOffset = end
                return
            }
            if deadline.hasPassed || (outputs[0] < 0 && exitCode != nil) {
                throw HarnessError.expectTimedOut(expected: text, timeout: timeout,
                                                  unmatched: String(decoding: haystack, as: UTF8.self) + "\n[stderr] " + stderr)
            }
            pump(milliseconds: deadline.remainingMilliseconds(cap: 20))
            if exitCode == nil, let code = try ChildSpawner.reap(pid) { exitCode = code }
        }
    }

    /// Waits for the program to end (reading its output), then for its output to close.
    func waitForExit(timeout: Double = 10) throws -> ProcessResult {
        let deadline = Deadline(seconds: timeout)
        while exitCode == nil {
            if let code = try ChildSpawner.reap(pid) { exitCode = code; break }
            if deadline.hasPassed { throw HarnessError.exitTimedOut(timeout: timeout, unmatched: stdout + "\n[stderr] " + stderr) }
            pump(milliseconds: deadline.remainingMilliseconds(cap: 20))
        }
        let grace = Deadline(seconds: 0.5)
        while outputs.contains(where: { $0 >= 0 }), !grace.hasPassed { pump(milliseconds: 20) }
        return ProcessResult(status: exitCode ?? -1, stdout: stdout, stderr: stderr)
    }

    private func pump(milliseconds: Int32) {
        var descriptors = outputs.filter { $0 >= 0 }.map { pollfd(fd: $0, events: Int16(POLLIN), revents: 0) }
        if descriptors.isEmpty { usleep(UInt32(max(1, milliseconds)) * 1000); return }
        _ = poll(&descriptors, nfds_t(descriptors.count), milliseconds)
        for index in outputs.indices where outputs[index] >= 0 {
            reading: while true {
                switch ReadOutcome.read(from: outputs[index], appendingTo: &collected[index]) {
                case .bytes: continue
                case .wouldBlock: break reading
                case .endOfFile:
                    LibC.close(outputs[index])
                    outputs[index] = -1
                    break reading
                }
            }
        }
    }

    private static func endOfMatch(_ needle: [UInt8], in haystack: ArraySlice<UInt8>) -> Int? {
        guard !needle.isEmpty else { return haystack.startIndex }
        guard haystack.count >= needle.count else { return nil }
        var start = haystack.startIndex
        while start + needle.count <= haystack.endIndex {
            if haystack[start] == needle[0], haystack[start..<(start + needle.count)].elementsEqual(needle) {
                return start + needle.count
            }
            start += 1
        }
        return nil
    }
}
