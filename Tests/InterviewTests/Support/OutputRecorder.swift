import Foundation
@testable import Interview

/// Keeps everything a `Console` writes, by file descriptor (1 for stdout, 2 for stderr).
final class OutputRecorder: @unchecked Sendable {
    private let lock = NSLock()
    private var chunks: [(fd: Int32, text: String)] = []

    func record(_ fd: Int32, _ text: String) {
        lock.lock()
        defer { lock.unlock() }
        chunks.append((fd, text))
    }

    /// Everything written, in order.
    var all: String { text { _ in true } }
    /// What went to stdout.
    var stdout: String { text { $0 == 1 } }
    /// What went to stderr.
    var stderr: String { text { $0 == 2 } }
    /// The lines written to stderr (errors), without their newline.
    var errorLines: [String] { stderr.split(separator: "\n", omittingEmptySubsequences: true).map(String.init) }

    private func text(_ include: (Int32) -> Bool) -> String {
        lock.lock()
        defer { lock.unlock() }
        return chunks.filter { include($0.fd) }.map(\.text).joined()
    }
}

extension Console {
    /// A console without colour that writes into `recorder`.
    static func recording(into recorder: OutputRecorder, interactive: Bool) -> Console {
        Console(interactive: interactive, colour: false) { fd, text in recorder.record(fd, text) }
    }
}
