import Foundation
import Grid

/// A folder of our own in the temporary folder (`mkdtemp`, mode 0700), for a file a library
/// must name — the QDPX archive ZIPFoundation writes —: nobody else can read into it, and it
/// is removed when done or when the command is stopped by a signal.
struct PrivateTemporaryFolder {
    let path: String

    init(prefix: String) throws {
        var template = Array((TemporaryFile.folder + "/" + prefix + "-XXXXXX").utf8CString)
        let made = template.withUnsafeMutableBufferPointer { buffer -> String? in
            guard let base = buffer.baseAddress, let result = mkdtemp(base) else { return nil }
            return String(cString: result)
        }
        guard let made else { throw OutputError.temporaryFolder(path: TemporaryFile.folder, reason: String(cString: strerror(errno))) }
        path = made
        TemporaryPaths.add(made)
    }

    /// Removes the folder and what it holds.
    func remove() {
        FileTree.remove(path)
        TemporaryPaths.remove(path)
    }

    /// Copies a file of the folder into `sink`, a megabyte at a time.
    func copy(_ file: String, to sink: OutputSink) throws {
        let fd = open(file, O_RDONLY | O_NOFOLLOW | O_CLOEXEC)
        guard fd >= 0 else { throw OutputError.failed(path: file, reason: String(cString: strerror(errno))) }
        defer { close(fd) }
        var chunk = [UInt8](repeating: 0, count: 1 << 20)
        while true {
            let count = chunk.withUnsafeMutableBytes { read(fd, $0.baseAddress, $0.count) }
            if count < 0, errno == EINTR { continue }
            if count < 0 { throw OutputError.failed(path: file, reason: String(cString: strerror(errno))) }
            if count == 0 { return }
            try sink.write(bytes: chunk[..<count])
        }
    }
}
