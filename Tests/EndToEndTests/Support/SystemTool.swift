import Foundation

/// System programs some tests need (`mount`, `umount`, `setpriv`), found on `PATH` or in the
/// usual folders, and run with pipes.
enum SystemTool {
    /// The path of the program `name`, or nil when it is nowhere to be found.
    static func path(_ name: String) -> String? {
        let folders = (ProcessInfo.processInfo.environment["PATH"] ?? "").split(separator: ":").map(String.init)
            + ["/usr/bin", "/bin", "/usr/sbin", "/sbin"]
        return folders.map { $0 + "/" + name }.first { FileManager.default.isExecutableFile(atPath: $0) }
    }

    /// Runs `name` with `arguments`; a result with status 127 when the program is missing.
    @discardableResult
    static func run(_ name: String, _ arguments: [String], timeout: Double = 10) -> ProcessResult {
        guard let path = path(name) else { return ProcessResult(status: 127, stdout: "", stderr: "\(name): not found") }
        let environment = ["PATH": ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin", "LC_ALL": "C"]
        return (try? ProcessRun.run(executable: path, arguments: arguments, environment: environment, timeout: timeout))
            ?? ProcessResult(status: -1, stdout: "", stderr: "\(name) could not be run")
    }

    /// Whether the test runs as root (mounts and other users are possible).
    static var isRoot: Bool { geteuid() == 0 }
}

extension ProcessResult {
    /// Whether the program died of a trap or a crash rather than exiting with a code:
    /// SIGILL/SIGTRAP (Swift's fatal errors), SIGABRT, SIGSEGV, or a "Fatal error" message.
    var trapped: Bool {
        let trapStatuses: Set<Int32> = [132, 133, 134, 139]  // 128 + SIGILL, SIGTRAP, SIGABRT, SIGSEGV
        return trapStatuses.contains(status) || stderr.contains("Fatal error")
    }
}
