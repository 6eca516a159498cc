import Foundation

/// The test environments not removed yet, removed when the test process ends: a test that failed
/// before its `remove()`, or one that never calls it, leaves nothing in the temporary folder.
enum LeftEnvironments {
    private static let lock = NSLock()
    nonisolated(unsafe) private static var paths: Set<String> = []
    /// Registers the removal at exit, once.
    private static let removalAtExit: Void = {
        atexit { LeftEnvironments.removeAll() }
    }()

    static func add(_ path: String) {
        _ = removalAtExit
        lock.withLock { _ = paths.insert(path) }
    }

    static func forget(_ path: String) {
        lock.withLock { _ = paths.remove(path) }
    }

    private static func removeAll() {
        lock.withLock {
            for path in paths { try? FileManager.default.removeItem(atPath: path) }
            paths = []
        }
    }
}
