import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif
import Testing

/// Proves the end-to-end harness on standard programs before it is trusted with `interview`.
@Suite("End-to-end harness", .serialized)
struct HarnessTests {
    private static let environment = [
        "PATH": ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin",
        "LANG": "C.UTF-8",
        "LC_ALL": "C.UTF-8",
        "TERM": "xterm-256color",
        "HOME": FileManager.default.temporaryDirectory.path,
    ]

    private func bash(_ script: String, columns: Int = 100, rows: Int = 40) throws -> PseudoTerminal {
        try PseudoTerminal(
            executable: "/usr/bin/env",
            arguments: ["bash", "--norc", "--noprofile", "-c", script],
            environment: Self.environment,
            directory: nil,
            columns: columns,
            rows: rows
        )
    }

    // MARK: Pseudo-terminal

    @Test("A readline prompt on the pseudo-terminal takes a typed answer with an accent")
    func readlinePromptTakesTypedAnswer() throws {
        let terminal = try bash(#"read -e -p "nom? " x; echo "bonjour $x""#)
        try terminal.expect("nom? ")
        terminal.sendLine("Zoé")
        let seen = try terminal.expect("bonjour Zoé")
        #expect(seen.contains("Zoé\r\n"), "the terminal echoes what was typed")
        #expect(try terminal.expectExit() == 0)
        #expect(terminal.screenText().contains("nom? Zoé\nbonjour Zoé"))
    }

    @Test("Ctrl-C typed on the terminal reaches the program as SIGINT")
    func controlCReachesTheChild() throws {
        let terminal = try bash(#"trap "echo caught; exit 3" INT; echo ready; read x"#)
        try terminal.expect("ready")
        terminal.sendControl("c")
        try terminal.expect("caught")
        #expect(try terminal.expectExit() == 3)
    }

    @Test("Named keys edit a readline line: Ctrl-A, Ctrl-E and the left arrow")
    func namedKeysEditTheLine() throws {
        let terminal = try bash(#"read -e -p "> " -i "world" x; echo "[$x]""#)
        try terminal.expect("world")
        terminal.ctrlA()
        terminal.send("hello ")
        terminal.ctrlE()
        terminal.send("!?")
        terminal.left()
        terminal.send("!")
        terminal.sendLine("")
        try terminal.expect("[hello world!!?]")
        #expect(try terminal.expectExit() == 0)
        #expect(terminal.screenText().contains("> hello world!!?\n[hello world!!?]"))
    }

    @Test("The pseudo-terminal has the requested window size")
    func windowSizeIsSet() throws {
        let standard = try bash("stty size")
        try standard.expect("40 100")
        #expect(try standard.expectExit() == 0)

        let narrow = try bash("stty size", columns: 60, rows: 12)
        try narrow.expect("12 60")
        #expect(try narrow.expectExit() == 0)
    }

    @Test("expect gives up after its timeout with the expected text and the output in the error")
    func expectTimesOutReadably() throws {
        let terminal = try bash(#"printf 'hello \033[1mworld\033[0m\n'; read x"#)
        try terminal.expect("hello")
        let started = ContinuousClock.now
        let error = #expect(throws: HarnessError.self) {
            try terminal.expect("never printed", timeout: 0.3)
        }
        #expect(ContinuousClock.now - started < .seconds(2))
        let description = error.map { String(describing: $0) } ?? ""
        #expect(description.contains("\"never printed\""))
        #expect(description.contains(#" \e[1mworld\e[0m\r\n"#), "the unmatched output, escapes visible")
        terminal.close()
    }

    @Test("expect fails at once when the program ends without printing the text")
    func expectFailsWhenOutputEnds() throws {
        let terminal = try bash("echo bye; exit 2")
        let started = ContinuousClock.now
        let error = #expect(throws: HarnessError.self) {
            try terminal.expect("never printed", timeout: 5)
        }
        #expect(ContinuousClock.now - started < .seconds(2))
        let description = error.map { String(describing: $0) } ?? ""
        #expect(description.contains("bye"))
        #expect(description.contains("status 2"))
    }

    @Test("Each expect sees only the output after the previous match")
    func expectConsumesOutput() throws {
        let terminal = try bash("echo one; echo two; echo one")
        #expect(try terminal.expect("one") == "one")
        #expect(try terminal.expect("one") == "\r\ntwo\r\none")
        #expect(throws: HarnessError.self) { try terminal.expect("two", timeout: 0.5) }
        #expect(terminal.output == "one\r\ntwo\r\none\r\n")
    }

    @Test("A signal sent to the program ends it with 128 plus the signal number")
    func signalEndsTheChild() throws {
        let terminal = try bash("echo ready; read x")
        try terminal.expect("ready")
        terminal.signal(SIGTERM)
        #expect(try terminal.expectExit() == 128 + SIGTERM)
    }

    @Test("Output written just before exit is still read after the exit")
    func outputBeforeExitIsDrained() throws {
        let terminal = try bash("seq 1 3000; exit 5")
        #expect(try terminal.expectExit() == 5)
        #expect(terminal.output.hasSuffix("2999\r\n3000\r\n"))
    }

    @Test("The screen text keeps what a person saw, without escapes or overwritten characters")
    func screenTextModelsTheLine() {
        let raw = "\u{1B}[?2004habc\rX\u{1B}[1mY\u{1B}[0m\u{1B}]0;title\u{07}\r\nnext\u{08}\u{08}XT\u{1B}[K\r\n\u{1B}[?2004l"
        #expect(TerminalTranscript.screen(raw) == "XYc\nneXT")
        #expect(TerminalTranscript.stripped(raw) == "abcXY\nnextXT\n")
        #expect(TerminalTranscript.visible("a\u{1B}[1m\r\n\u{03}", breakingLines: false) == #"a\e[1m\r\n^C"#)
    }

    // MARK: Piped runs

    @Test("A piped run captures standard output, standard error and the exit code apart")
    func pipedRunCapturesStreams() throws {
        let result = try ProcessRun.run(
            executable: "/bin/sh",
            arguments: ["-c", "cat; echo err >&2; exit 4"],
            stdin: "hé\nho\n",
            environment: Self.environment,
            timeout: 5
        )
        #expect(result == ProcessResult(status: 4, stdout: "hé\nho\n", stderr: "err\n"))
    }

    @Test("A piped run moves large input and output at once without deadlock")
    func pipedRunHandlesLargeStreams() throws {
        let input = String(repeating: "0123456789\n", count: 30_000)
        let result = try ProcessRun.run(
            executable: "/bin/sh",
            arguments: ["-c", "head -c 300000 /dev/zero | tr '\\0' a; cat; head -c 100000 /dev/zero | tr '\\0' b >&2"],
            stdin: input,
            environment: Self.environment,
            timeout: 5
        )
        #expect(result.status == 0)
        #expect(result.stdout == String(repeating: "a", count: 300_000) + input)
        #expect(result.stderr.count == 100_000)
    }

    @Test("A piped run that outlives its timeout is killed and reported")
    func pipedRunTimesOut() throws {
        let started = ContinuousClock.now
        let error = #expect(throws: HarnessError.self) {
            try ProcessRun.run(
                executable: "/bin/sh",
                arguments: ["-c", "echo started; sleep 10"],
                environment: Self.environment,
                timeout: 0.3
            )
        }
        #expect(ContinuousClock.now - started < .seconds(2))
        #expect(error.map { String(describing: $0) }?.contains("started") == true)
    }

    @Test("A program killed by a signal reports 128 plus the signal number")
    func pipedRunReportsSignals() throws {
        let result = try ProcessRun.run(
            executable: "/bin/sh",
            arguments: ["-c", "kill -9 $$"],
            environment: Self.environment
        )
        #expect(result.status == 128 + SIGKILL)
    }

    // MARK: Test environment

    @Test("The test environment finds interview next to the test binary and sets up a home")
    func testEnvironmentSetsUpAHome() throws {
        let environment = try TestEnvironment()
        defer { environment.remove() }
        #expect(environment.executable.hasSuffix("/interview"))
        #expect(FileManager.default.isExecutableFile(atPath: environment.executable))
        #expect(try environment.responseFiles() == [])

        let result = try ProcessRun.run(
            executable: "/bin/sh",
            arguments: ["-c", #"pwd; echo "$HOME|$LC_ALL|$TERM|$INTERVIEW_RESPONSES|${NO_COLOR-unset}""#],
            environment: environment.environment,
            directory: environment.directory
        )
        let lines = result.stdout.split(separator: "\n").map(String.init)
        #expect(lines.count == 2)
        #expect(URL(fileURLWithPath: lines.first ?? "").resolvingSymlinksInPath().path
            == URL(fileURLWithPath: environment.directory).resolvingSymlinksInPath().path)
        #expect(lines.last == "\(environment.directory)|C.UTF-8|xterm-256color|\(environment.responses)|unset")

        environment.remove()
        #expect(!FileManager.default.fileExists(atPath: environment.directory))
    }
}
