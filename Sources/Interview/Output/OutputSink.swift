import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif
import Grid

/// Where an export goes: a file that appears whole on commit, or stdout, a pipe or a device —
/// spooled to an unlinked temporary file first, so a failure half-way writes nothing there.
final class OutputSink {
    private let file: AtomicFile?
    /// The spool and where it goes on commit: `nil` for stdout, else the stream's path.
    private let spool: (fd: Int32, stream: String?)?
    private var buffer: [UInt8] = []

    /// `destination` must be stdout, a file or a stream (a folder is a `StagedFolder`).
    init(destination: OutputDestination) throws(OutputError) {
        switch destination {
        case .file(let path):
            file = try AtomicFile(path: path)
            spool = nil
        case .standardOutput:
            file = nil
            spool = (try Self.temporarySpool(), nil)
        case .folder:
            preconditionFailure("a folder is written by StagedFolder, one file per case")
        case .stream(let path):
            file = nil
            spool = (try Self.temporarySpool(), path)
        }
    }

    deinit {
        if let spool { close(spool.fd) }
    }

    func write(_ text: String) throws(OutputError) {
        buffer.append(contentsOf: text.utf8)
        if buffer.count >= 1 << 16 { try flush() }
    }

    /// Writes bytes as they are (a ZIP archive).
    func write(bytes: some Collection<UInt8>) throws(OutputError) {
        buffer.append(contentsOf: bytes)
        if buffer.count >= 1 << 16 { try flush() }
    }

    /// Makes the output appear: renames the file into place, or copies the spool out.
    func commit() throws(OutputError) {
        try flush()
        try file?.commit()
        guard let spool else { return }
        let target: Int32
        let name: String
        if let stream = spool.stream {
            target = try Self.openStream(stream)
            name = stream
        } else {
            target = 1
            name = "<stdout>"
        }
        defer { if target != 1 { close(target) } }
        try Self.copy(from: spool.fd, named: NSTemporaryDirectory()) { chunk throws(OutputError) in
            try OutputError.check(descriptor: target, path: name, writing: chunk)
        }
    }

    /// Reads a temporary file from its start, a megabyte at a time, handing each piece to `write`;
    /// `name` (its folder) says where a failure to read it happened.
    static func copy(from fd: Int32, named name: String, to write: (ArraySlice<UInt8>) throws(OutputError) -> Void) throws(OutputError) {
        guard lseek(fd, 0, SEEK_SET) == 0 else { throw .temporaryFolder(path: name, reason: String(cString: strerror(errno))) }
        var chunk = [UInt8](repeating: 0, count: 1 << 20)
        while true {
            let count = chunk.withUnsafeMutableBytes { read(fd, $0.baseAddress, $0.count) }
            if count < 0, errno == EINTR { continue }
            if count < 0 { throw .temporaryFolder(path: name, reason: String(cString: strerror(errno))) }
            if count == 0 { return }
            try write(chunk[..<count])
        }
    }

    private func flush() throws(OutputError) {
        guard !buffer.isEmpty else { return }
        if let file {
            try file.write(buffer[...])
        } else if let spool {
            try OutputError.check(descriptor: spool.fd, path: NSTemporaryDirectory(), writing: buffer[...])
        }
        buffer.removeAll(keepingCapacity: true)
    }

    /// Opens a pipe or device for writing, and makes sure that is what was opened.
    private static func openStream(_ path: String) throws(OutputError) -> Int32 {
        let fd = open(path, O_WRONLY | O_CLOEXEC)
        guard fd >= 0 else { throw .failed(path: path, reason: String(cString: strerror(errno))) }
        var info = stat()
        let kind = fstat(fd, &info) == 0 ? info.st_mode & S_IFMT : 0
        guard kind == S_IFIFO || kind == S_IFCHR else {
            close(fd)
            throw .unsuitable(path: path, kind: FileKind(path))
        }
        return fd
    }

    /// A temporary file, already unlinked: nothing of it remains whatever happens.
    private static func temporarySpool() throws(OutputError) -> Int32 {
        switch TemporaryFile.unlinked(prefix: "interview-export") {
        case .success(let fd): return fd
        case .failure(let error): throw .temporaryFolder(path: error.folder, reason: error.reason)
        }
    }
}
