import Foundation
import Grid

/// A folder of export files that appears only when every file is written: files go to a
/// hidden sibling folder first, then move into place on commit; on failure nothing is left.
final class StagedFolder {
    let path: String
    private let staging: String
    private var names: [String] = []
    private var committed = false

    init(path: String) throws(JournalError) {
        self.path = path
        let parent = (path as NSString).deletingLastPathComponent
        let name = (path as NSString).lastPathComponent
        staging = (parent.isEmpty ? "." : parent) + "/.\(name).staging-\(getpid())"
        do {
            try FileManager.default.createDirectory(atPath: staging, withIntermediateDirectories: true,
                                                    attributes: [.posixPermissions: 0o700])
        } catch {
            throw .ioError(path: path, operation: "create", reason: error.localizedDescription)
        }
    }

    /// Writes one file of the folder (synced), under its final name in the staging folder.
    func write(_ text: String, to name: String) throws(JournalError) {
        let file = try AtomicFile(path: staging + "/" + name)
        try file.write(text)
        try file.commit()
        names.append(name)
    }

    /// Moves every file into the folder, creating it if needed.
    func commit() throws(JournalError) {
        do {
            try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true,
                                                    attributes: [.posixPermissions: 0o700])
        } catch {
            throw .ioError(path: path, operation: "create", reason: error.localizedDescription)
        }
        for name in names where rename(staging + "/" + name, path + "/" + name) != 0 {
            throw .ioError(path: path + "/" + name, operation: "rename", reason: String(cString: strerror(errno)))
        }
        committed = true
        try? FileManager.default.removeItem(atPath: staging)
    }

    deinit {
        if !committed { try? FileManager.default.removeItem(atPath: staging) }
    }
}
