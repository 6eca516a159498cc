import Foundation
import Grid

/// A folder of our own in the temporary folder (`mkdtemp`, mode 0700), for a file a library
/// must name — the QDPX archive ZIPFoundation writes —: nobody else can read into it, and it
/// is removed when done or when the command is stopped by a signal.
struct PrivateTemporaryFolder {
    let path: String

    /// Makes the folder, `<prefix>-XXXXXX` in `$TMPDIR` (else `/tmp`).
    init(prefix: String) throws {
        var template = Array((TemporaryFile.folder + "/" + prefix + "-XXXXXX").utf8CString)
        let made = template.withUnsafeMutableBufferPointer { buffer -> Result<String, OutputError> in
            guard let base = buffer.baseAddress, let result = mkdtemp(base) else {
                return .failure(.temporaryFolder(path: TemporaryFile.folder, reason: String(cString: strerror(errno))))
            }
            return .success(String(cString: result))
        }
        path = try made.get()
        TemporaryPaths.add(path)
    }

    /// Removes the folder and what it holds; once removed, removing it again does nothing.
    func remove() {
        FileTree.remove(path)
        TemporaryPaths.remove(path)
    }
}
