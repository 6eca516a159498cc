import ArgumentParser
import Grid

extension ExitCode {
    /// The exit code of a sysexits status.
    init(_ status: ExitStatus) {
        self.init(status.rawValue)
    }
}
