#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// GNU and X/Open functions of glibc that Swift's `Glibc` module leaves out, looked up at run time.
///
/// Swift imports glibc without `_GNU_SOURCE` or `_XOPEN_SOURCE`, so `pipe2`, `posix_openpt`,
/// `ptsname_r` and `posix_spawn_file_actions_addchdir_np` are invisible although libc exports
/// them. Each wrapper finds the symbol with `dlsym` and returns `-1` with `errno = ENOSYS` when
/// the running libc lacks it.
enum GNULibC {
    /// `POSIX_SPAWN_SETSID` from `<spawn.h>`, defined only under `_GNU_SOURCE`.
    static let spawnSetSessionFlag: Int32 = 0x80

    /// Creates a pipe whose two ends carry `flags` (such as `O_CLOEXEC`) from the start.
    static func pipe2(_ fds: UnsafeMutablePointer<Int32>, _ flags: Int32) -> Int32 {
        typealias Function = @convention(c) (UnsafeMutablePointer<Int32>?, Int32) -> Int32
        guard let function = lookUp("pipe2", as: Function.self) else { return unavailable() }
        return function(fds, flags)
    }

    /// Opens a new pseudo-terminal master (`/dev/ptmx`) with `flags`.
    static func posixOpenpt(_ flags: Int32) -> Int32 {
        typealias Function = @convention(c) (Int32) -> Int32
        guard let function = lookUp("posix_openpt", as: Function.self) else { return unavailable() }
        return function(flags)
    }

    /// Grants access to the slave of a pseudo-terminal master.
    static func grantpt(_ master: Int32) -> Int32 {
        typealias Function = @convention(c) (Int32) -> Int32
        guard let function = lookUp("grantpt", as: Function.self) else { return unavailable() }
        return function(master)
    }

    /// Unlocks the slave of a pseudo-terminal master so that it can be opened.
    static func unlockpt(_ master: Int32) -> Int32 {
        typealias Function = @convention(c) (Int32) -> Int32
        guard let function = lookUp("unlockpt", as: Function.self) else { return unavailable() }
        return function(master)
    }

    /// Returns the path of the slave of a pseudo-terminal master, or `nil` with `errno` set.
    static func slavePath(ofMaster master: Int32) -> String? {
        typealias Function = @convention(c) (Int32, UnsafeMutablePointer<CChar>?, Int) -> Int32
        guard let function = lookUp("ptsname_r", as: Function.self) else {
            errno = ENOSYS
            return nil
        }
        var buffer = [CChar](repeating: 0, count: 256)
        let result = function(master, &buffer, buffer.count)
        guard result == 0 else {
            errno = result
            return nil
        }
        let bytes = buffer.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }
        return String(decoding: bytes, as: UTF8.self)
    }

    /// Adds a "change directory" step to posix_spawn file actions; returns an error number or 0.
    static func addChdir(_ actions: UnsafeMutablePointer<posix_spawn_file_actions_t>, _ path: String) -> Int32 {
        typealias Function = @convention(c) (UnsafeMutablePointer<posix_spawn_file_actions_t>?, UnsafePointer<CChar>?) -> Int32
        guard let function = lookUp("posix_spawn_file_actions_addchdir_np", as: Function.self) else {
            return ENOSYS
        }
        return path.withCString { function(actions, $0) }
    }

    private static func lookUp<Function>(_ name: String, as type: Function.Type) -> Function? {
        // RTLD_DEFAULT is the null handle on glibc.
        guard let symbol = dlsym(UnsafeMutableRawPointer(bitPattern: 0), name) else { return nil }
        return unsafeBitCast(symbol, to: type)
    }

    private static func unavailable() -> Int32 {
        errno = ENOSYS
        return -1
    }
}
