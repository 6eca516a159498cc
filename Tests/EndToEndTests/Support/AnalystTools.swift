import Foundation

/// The tools an analyst reads exports with: Python with pandas, and R's `Rscript`.
///
/// Tests that need one are skipped, with the reason shown, when it is missing:
/// `./scripts/ensure-deps.sh --test` installs both (`python3-pandas`, `r-base-core`).
enum AnalystTools {
    /// Why a pandas test is skipped.
    static let pandasMissing = "pandas is not importable by python3 on PATH nor /usr/bin/python3: run ./scripts/ensure-deps.sh --test (it installs python3-pandas)"
    /// Why an R test is skipped.
    static let rMissing = "Rscript is not on PATH nor in /usr/bin: run ./scripts/ensure-deps.sh --test (it installs r-base-core)"

    /// The first `python3` (PATH, then /usr/bin) that imports pandas.
    static let pandasPython: String? = {
        for candidate in candidates("python3") {
            let result = try? ProcessRun.run(executable: candidate, arguments: ["-c", "import pandas"], environment: environment, timeout: 60)
            if result?.status == 0 { return candidate }
        }
        return nil
    }()

    /// The first `Rscript` on PATH, else /usr/bin/Rscript.
    static let rscript: String? = candidates("Rscript").first

    /// The test process's environment with a UTF-8 locale, so R and Python read and print UTF-8.
    static var environment: [String: String] {
        var environment = ProcessInfo.processInfo.environment
        environment["LC_ALL"] = "C.UTF-8"
        environment["LANG"] = "C.UTF-8"
        return environment
    }

    /// Runs a Python script (`python3 -c`) with pandas importable.
    static func python(_ script: String, _ arguments: [String]) throws -> ProcessResult {
        try ProcessRun.run(executable: pandasPython ?? "python3", arguments: ["-c", script] + arguments, environment: environment, timeout: 120)
    }

    /// Runs `Rscript` with `arguments` (`-e EXPR ARG…`, or a script and its arguments).
    static func r(_ arguments: [String]) throws -> ProcessResult {
        try ProcessRun.run(executable: rscript ?? "Rscript", arguments: arguments, environment: environment, timeout: 120)
    }

    private static func candidates(_ name: String) -> [String] {
        let path = ProcessInfo.processInfo.environment["PATH"] ?? ""
        return (path.split(separator: ":").map { "\($0)/\(name)" } + ["/usr/bin/\(name)"])
            .filter { FileManager.default.isExecutableFile(atPath: $0) }
    }
}
