import Foundation

/// The built `interview` running in tmux, a real terminal emulator, at a given size: keys are
/// sent as a person types them and the screen is read as the terminal shows it (wrapped rows,
/// redrawn lines), which a raw pseudo-terminal transcript cannot show.
///
/// Each screen has its own tmux server (a unique `-L` socket under the test's directory);
/// call ``close()`` in a `defer`. ``make(_:)`` gives nil, after printing why, when tmux is
/// missing, so that the test can skip.
struct TmuxScreen {
    let environment: TestEnvironment
    let socket: String
    let width: Int

    /// The path of tmux, or nil with a printed reason.
    static var tmuxPath: String? {
        guard let path = SystemTool.path("tmux") else {
            print("skipped: tmux is not installed (scripts/ensure-deps.sh --test installs it)")
            return nil
        }
        return path
    }

    /// Starts `interview arguments` in a new tmux session of `width`×`height`.
    static func start(_ environment: TestEnvironment, _ arguments: [String], width: Int = 80, height: Int = 50,
                      variables: [String: String] = [:]) throws -> TmuxScreen? {
        guard tmuxPath != nil else { return nil }
        let screen = TmuxScreen(environment: environment, socket: "e2e-\(UUID().uuidString.prefix(8))", width: width)
        var childEnvironment = environment.environment
        childEnvironment.merge(variables) { _, new in new }
        let assignments = childEnvironment.sorted { $0.key < $1.key }.map { "\($0.key)=\($0.value)" }
        let command = (["cd", environment.directory, "&&", "exec", "env", "-i"] + assignments + [environment.executable] + arguments)
            .map { $0 == "&&" ? $0 : quoted($0) }.joined(separator: " ")
        // `remain-on-exit` keeps the last screen readable after the program ends.
        try screen.tmux(["-f", "/dev/null", "new-session", "-d", "-s", "w", "-x", "\(width)", "-y", "\(height)", command])
        try screen.tmux(["set-option", "-t", "w", "remain-on-exit", "on"])
        return screen
    }

    /// Types `text` literally (no Enter).
    func type(_ text: String) throws { try tmux(["send-keys", "-t", "w", "-l", "--", text]) }

    /// Presses keys by their tmux names: `Enter`, `C-a`, `M-b`, `C-d`...
    func press(_ keys: String...) throws {
        for key in keys { try tmux(["send-keys", "-t", "w", key]) }
    }

    /// Types `text`, then Enter.
    func line(_ text: String) throws {
        try type(text)
        try press("Enter")
    }

    /// The visible screen, one string per row (trailing spaces removed); with `joined`,
    /// rows that the terminal wrapped are joined back into their logical line.
    func rows(joined: Bool = false) throws -> [String] {
        let output = try tmux(["capture-pane", "-p", "-t", "w"] + (joined ? ["-J"] : []))
        return output.split(separator: "\n", omittingEmptySubsequences: false).map { row in
            String(row.reversed().drop { $0 == " " }.reversed())
        }
    }

    /// Waits (10 s at most) until `text` is on screen `times` times (wrapped rows joined).
    @discardableResult
    func wait(for text: String, times: Int = 1) throws -> [String] {
        let deadline = Date().addingTimeInterval(10)
        while true {
            let rows = try rows(joined: true)
            if rows.joined(separator: "\n").components(separatedBy: text).count - 1 >= times { return rows }
            if Date() > deadline { throw TmuxScreenError.neverShown(text, screen: rows.joined(separator: "\n")) }
            usleep(50_000)
        }
    }

    /// Stops the tmux server and the program in it.
    func close() { _ = try? tmux(["kill-server"]) }

    @discardableResult
    private func tmux(_ arguments: [String]) throws -> String {
        let result = try ProcessRun.run(executable: Self.tmuxPath ?? "tmux", arguments: ["-L", socket] + arguments,
                                        environment: ["PATH": "/usr/bin:/bin", "LANG": "C.UTF-8", "LC_ALL": "C.UTF-8",
                                                      "TMUX_TMPDIR": environment.directory, "HOME": environment.directory])
        guard result.status == 0 else { throw TmuxScreenError.failed(arguments.joined(separator: " "), result.stderr) }
        return result.stdout
    }

    private static func quoted(_ word: String) -> String {
        "'" + word.replacingOccurrences(of: "'", with: "'\\''") + "'"
    }
}

/// What went wrong driving tmux.
enum TmuxScreenError: Error, CustomStringConvertible {
    case neverShown(String, screen: String)
    case failed(String, String)

    var description: String {
        switch self {
        case .neverShown(let text, let screen): return "'\(text)' never came on screen:\n\(screen)"
        case .failed(let command, let error): return "tmux \(command) failed: \(error)"
        }
    }
}
