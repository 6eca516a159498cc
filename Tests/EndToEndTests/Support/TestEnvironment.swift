import Foundation

/// A fresh temporary home for one end-to-end test, and the way to start the built `interview`
/// in it.
///
/// Each environment owns a new directory (also the children's `HOME` and working directory)
/// with an empty `responses` folder inside, which `INTERVIEW_RESPONSES` points to. Call
/// ``remove()`` when the test ends, typically in a `defer`; what is left is removed when the
/// test process ends (`LeftEnvironments`).
struct TestEnvironment: Sendable {
    /// The temporary directory: `HOME` and working directory of the programs started here.
    let directory: String
    /// The `responses` folder inside ``directory``; the value of `INTERVIEW_RESPONSES`.
    let responses: String
    /// Path of the built `interview` executable.
    let executable: String
    /// Value of `TERM` given to children.
    var term: String
    /// Whether children get `NO_COLOR=1`.
    var noColor: Bool
    /// Variables added to (or replacing) the base environment.
    var extraEnvironment: [String: String] = [:]

    /// Creates the temporary directory and its `responses` folder, and finds `interview`.
    ///
    /// `term` is `xterm-256color` by default; pass `"dumb"` for a terminal without escapes.
    init(term: String = "xterm-256color", noColor: Bool = false) throws {
        let executable = try Self.locateExecutable(named: "interview")
        let base = FileManager.default.temporaryDirectory
            .appendingPathComponent("interview-e2e-\(UUID().uuidString)", isDirectory: true)
        let responses = base.appendingPathComponent("responses", isDirectory: true)
        try FileManager.default.createDirectory(at: responses, withIntermediateDirectories: true)
        self.directory = base.path
        self.responses = responses.path
        LeftEnvironments.add(base.path)
        self.executable = executable
        self.term = term
        self.noColor = noColor
    }

    /// The environment of the programs started here.
    ///
    /// `HOME` is ``directory``; `LANG` and `LC_ALL` are `C.UTF-8`; `TERM` is ``term``; `PATH`
    /// is the test process's; `INTERVIEW_RESPONSES` is ``responses``; `NO_COLOR=1` only with
    /// ``noColor``. Nothing else is inherited. ``extraEnvironment`` comes last.
    var environment: [String: String] {
        var result = [
            "HOME": directory,
            "LANG": "C.UTF-8",
            "LC_ALL": "C.UTF-8",
            "TERM": term,
            "PATH": ProcessInfo.processInfo.environment["PATH"] ?? "/usr/local/bin:/usr/bin:/bin",
            "INTERVIEW_RESPONSES": responses,
        ]
        if noColor { result["NO_COLOR"] = "1" }
        result.merge(extraEnvironment) { _, new in new }
        return result
    }

    /// Starts `interview` with `arguments` on a new pseudo-terminal, in ``directory``.
    func spawn(
        _ arguments: [String] = [],
        environment extra: [String: String] = [:],
        columns: Int = 100,
        rows: Int = 40
    ) throws -> PseudoTerminal {
        try PseudoTerminal(
            executable: executable,
            arguments: arguments,
            environment: environment.merging(extra) { _, new in new },
            directory: directory,
            columns: columns,
            rows: rows
        )
    }

    /// Starts `interview` with `arguments` on a pseudo-terminal the test can close
    /// (``HangUpTerminal/hangUp(timeout:)``), in ``directory``.
    func spawnForHangUp(_ arguments: [String]) throws -> HangUpTerminal {
        try HangUpTerminal(executable: executable, arguments: arguments, environment: environment, directory: directory)
    }

    /// Starts `interview` with `arguments` on pipes the test writes to while it runs, in ``directory``.
    func startPiped(_ arguments: [String]) throws -> PipedSession {
        try PipedSession(executable: executable, arguments: arguments, environment: environment, directory: directory)
    }

    /// Runs `interview` with `arguments` and pipes, in ``directory``, feeding it `stdin`.
    func run(
        _ arguments: [String] = [],
        stdin: String = "",
        environment extra: [String: String] = [:],
        timeout: Double = 10
    ) throws -> ProcessResult {
        try ProcessRun.run(
            executable: executable,
            arguments: arguments,
            stdin: stdin,
            environment: environment.merging(extra) { _, new in new },
            directory: directory,
            timeout: timeout
        )
    }

    /// Path of `name` inside ``directory``.
    func path(_ name: String) -> String {
        URL(fileURLWithPath: directory).appendingPathComponent(name).path
    }

    /// Names of the files in ``responses``, sorted.
    func responseFiles() throws -> [String] {
        try FileManager.default.contentsOfDirectory(atPath: responses).sorted()
    }

    /// Deletes the temporary directory and everything in it.
    func remove() {
        try? FileManager.default.removeItem(atPath: directory)
        LeftEnvironments.forget(directory)
    }

    /// Finds the built executable `name`: the nearest folder, going up from the test binary
    /// (`/proc/self/exe`), that holds an executable file of that name.
    ///
    /// With SwiftPM on Linux the test bundle `interviewPackageTests.xctest` sits next to
    /// `interview` in `.build/<triple>/debug/`.
    static func locateExecutable(named name: String) throws -> String {
        let fileManager = FileManager.default
        let testBinary = (try? fileManager.destinationOfSymbolicLink(atPath: "/proc/self/exe"))
            ?? CommandLine.arguments.first
            ?? ""
        var folder = URL(fileURLWithPath: testBinary).deletingLastPathComponent().standardizedFileURL
        var searched: [String] = []
        while true {
            searched.append(folder.path)
            let candidate = folder.appendingPathComponent(name).path
            var isDirectory: ObjCBool = false
            if fileManager.fileExists(atPath: candidate, isDirectory: &isDirectory),
               !isDirectory.boolValue,
               fileManager.isExecutableFile(atPath: candidate) {
                return candidate
            }
            let parent = folder.deletingLastPathComponent().standardizedFileURL
            guard parent.path != folder.path, !folder.path.isEmpty else { break }
            folder = parent
        }
        throw HarnessError.executableNotFound(name: name, searched: searched)
    }
}
