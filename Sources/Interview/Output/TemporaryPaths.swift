import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// The temporary files and staging folders an export has made and not yet renamed into place,
/// removed if the export is stopped by SIGINT, SIGTERM or SIGHUP, so no partial personal data
/// is left behind.
///
/// `watchSignals()` blocks those signals in every thread and waits for them on a thread of its
/// own, so the removal runs as ordinary code, then the program exits with 128 + the signal.
/// What a `kill -9` leaves is removed by the next export (`AbandonedTemporaries`).
enum TemporaryPaths {
    private static let registry = Registry()

    /// Starts the watch; call it first thing, before other threads exist, so they inherit the mask.
    static func watchSignals() {
        var set = sigset_t()
        sigemptyset(&set)
        for signal in [SIGINT, SIGTERM, SIGHUP] { sigaddset(&set, signal) }
        pthread_sigmask(SIG_BLOCK, &set, nil)
        let waited = set
        let watcher = Thread {
            var received: Int32 = 0
            var signals = waited
            while sigwait(&signals, &received) != 0 {}
            registry.removeAll()
            _exit(128 + received)
        }
        watcher.start()
    }

    /// Remembers a path to remove if the export is stopped.
    static func add(_ path: String) { registry.add(path) }

    /// Forgets a path (renamed into place, or removed).
    static func remove(_ path: String) { registry.remove(path) }

    /// The paths held, under a lock.
    private final class Registry: @unchecked Sendable {
        private var paths: Set<String> = []
        private let lock = NSLock()

        func add(_ path: String) {
            lock.lock()
            paths.insert(path)
            lock.unlock()
        }

        func remove(_ path: String) {
            lock.lock()
            paths.remove(path)
            lock.unlock()
        }

        /// Removes every path held (folders with their files), keeping the lock so nothing new is registered.
        func removeAll() {
            lock.lock()
            // The export goes on meanwhile and may add a file to a folder being emptied: try again.
            for path in paths {
                for _ in 0..<100 where FileKind(path) != .absent { FileTree.remove(path) }
            }
            paths = []
        }
    }
}
