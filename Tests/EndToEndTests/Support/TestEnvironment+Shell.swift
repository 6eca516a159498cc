import Foundation
import Testing

extension TestEnvironment {
    /// Runs a bash script in ``directory`` with the environment's variables and `$INTERVIEW`,
    /// the built program: for what only a shell does (process substitution, ignored SIGPIPE,
    /// `/dev/full`).
    func shell(_ script: String, timeout: Double = 30) throws -> ProcessResult {
        try ProcessRun.run(executable: "/bin/bash", arguments: ["-c", script],
                           environment: environment.merging(["INTERVIEW": executable]) { _, new in new },
                           directory: directory, timeout: timeout)
    }

    /// A completed case on the small grid, answered by a piped interview.
    func completedSmallCase(_ caseID: String, input: String = SmallGrid.completeInput) throws {
        let result = try run(SmallGrid.newArguments(self, caseID: caseID), stdin: input)
        try #require(result.status == 0, "new \(caseID) exited \(result.status): \(result.stderr)")
    }

    /// Runs the built program as `nobody` (uid 65534) through `setpriv`, or nil when that is not possible here.
    func runAsNobody(_ arguments: [String], stdin: String = "") throws -> ProcessResult? {
        guard geteuid() == 0, let setpriv = SystemTool.path("setpriv") else { return nil }
        let result = try ProcessRun.run(executable: setpriv,
                                        arguments: ["--reuid=65534", "--regid=65534", "--clear-groups", "--", executable] + arguments,
                                        stdin: stdin, environment: environment, directory: directory, timeout: 30)
        if result.stderr.contains("setpriv:") || result.status == 126 || result.status == 127 { return nil }
        return result
    }
}
