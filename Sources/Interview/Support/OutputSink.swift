import Foundation
import Grid

/// Where an export goes: stdout as it is produced, or a file that appears whole on commit.
final class OutputSink {
    private let file: AtomicFile?
    private var buffer = ""

    /// Stdout when `path` is nil.
    init(path: String?) throws(JournalError) {
        file = try path.map { path throws(JournalError) in try AtomicFile(path: path) }
    }

    func write(_ text: String) throws(JournalError) {
        buffer += text
        if buffer.utf8.count >= 1 << 16 { try flush() }
    }

    func commit() throws(JournalError) {
        try flush()
        try file?.commit()
    }

    private func flush() throws(JournalError) {
        guard !buffer.isEmpty else { return }
        if let file {
            try file.write(buffer)
        } else {
            FileHandle.standardOutput.write(Data(buffer.utf8))
        }
        buffer = ""
    }
}
