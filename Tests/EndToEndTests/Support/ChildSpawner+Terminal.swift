#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

extension ChildSpawner {
    /// Spawns `executable` on the pseudo-terminal whose slave side is `slavePath` and returns
    /// its process id.
    ///
    /// The child opens the slave itself, after `setsid` and without `O_NOCTTY`, which makes it
    /// the child's controlling terminal; then stdout and stderr are copies of it.
    static func spawn(
        executable: String,
        arguments: [String],
        environment: [String: String],
        directory: String?,
        onTerminal slavePath: String
    ) throws -> pid_t {
        try spawn(executable: executable, arguments: arguments, environment: environment, directory: directory) { actions in
            let opened = posix_spawn_file_actions_addopen(actions, 0, slavePath, O_RDWR, 0)
            guard opened == 0 else { return opened }
            let out = posix_spawn_file_actions_adddup2(actions, 0, 1)
            guard out == 0 else { return out }
            return posix_spawn_file_actions_adddup2(actions, 0, 2)
        }
    }
}
