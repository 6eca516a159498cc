import Foundation
import Glibc
import Grid

/// Where an export goes: a file that appears whole on commit, or stdout — spooled to an
/// unlinked temporary file first, so a failure half-way prints nothing.
final class OutputSink {
    private let file: AtomicFile?
    private let spool: FileHandle?
    private var buffer = ""

    /// Stdout when `path` is nil.
    init(path: String?) throws(JournalError) {
        if let path {
            file = try AtomicFile(path: path)
            spool = nil
        } else {
            file = nil
            spool = try Self.temporarySpool()
        }
    }

    func write(_ text: String) throws(JournalError) {
        buffer += text
        if buffer.utf8.count >= 1 << 16 { try flush() }
    }

    /// Makes the output appear: renames the file into place, or copies the spool to stdout.
    func commit() throws(JournalError) {
        try flush()
        try file?.commit()
        guard let spool else { return }
        do {
            try spool.seek(toOffset: 0)
            while let chunk = try spool.read(upToCount: 1 << 20), !chunk.isEmpty {
                FileHandle.standardOutput.write(chunk)
            }
            try spool.close()
        } catch {
            throw .ioError(path: "<stdout>", operation: "write", reason: error.localizedDescription)
        }
    }

    private func flush() throws(JournalError) {
        guard !buffer.isEmpty else { return }
        if let file {
            try file.write(buffer)
        } else if let spool {
            do { try spool.write(contentsOf: Data(buffer.utf8)) } catch {
                throw .writeFailed(path: NSTemporaryDirectory(), reason: error.localizedDescription)
            }
        }
        buffer = ""
    }

    private static func temporarySpool() throws(JournalError) -> FileHandle {
        var template = Array((NSTemporaryDirectory() + "/interview-export-XXXXXX").utf8CString)
        let fd = template.withUnsafeMutableBufferPointer { buffer -> Int32 in
            guard let base = buffer.baseAddress else { return -1 }
            return mkstemp(base)
        }
        guard fd >= 0 else {
            throw .ioError(path: NSTemporaryDirectory(), operation: "create", reason: String(cString: strerror(errno)))
        }
        template.withUnsafeBufferPointer { pointer in
            if let base = pointer.baseAddress { _ = unlink(base) }
        }
        return FileHandle(fileDescriptor: fd, closeOnDealloc: true)
    }
}
