import Foundation
import Grid
import ZIPFoundation

/// A QDPX file: a ZIP archive holding `project.qde` and the case sources under `sources/`,
/// written by ZIPFoundation entry by entry — each entry's bytes read from the spill file as they
/// are compressed —, with the same date on every entry so that the same project always gives
/// the same bytes.
enum QDPXArchive {
    /// 2 January 1980, the start of ZIP's date range (a day in, whatever the time zone).
    private static let entryDate = Date(timeIntervalSince1970: 315_619_200)

    /// Writes the archive in `folder` and gives a descriptor to read it from: its name (and the
    /// folder) removed as soon as ZIPFoundation has opened it, so that a kill leaves nothing, and
    /// the whole archive read back before it is handed over (a write lost on a full disk is seen).
    static func write(project: SpillText, sources: [(name: String, text: SpillText)],
                      in folder: PrivateTemporaryFolder) throws -> Int32 {
        let path = folder.path + "/project.qdpx"
        var descriptor: Int32 = -1
        do {
            try written(to: path, opened: { descriptor = open(path, O_RDONLY | O_NOFOLLOW | O_CLOEXEC); folder.remove() }) { archive in
                try add(project, as: "project.qde", to: archive)
                for source in sources { try add(source.text, as: "sources/" + source.name, to: archive) }
            }
            guard descriptor >= 0 else { throw OutputError.temporaryFolder(path: folder.path, reason: String(cString: strerror(EBADF))) }
            let check = try Archive(url: URL(fileURLWithPath: "/proc/self/fd/\(descriptor)"), accessMode: .read)
            guard check.reduce(0, { count, _ in count + 1 }) == 1 + sources.count else {
                throw OutputError.temporaryFolder(path: folder.path, reason: String(cString: strerror(EIO)))
            }
            return descriptor
        } catch {
            if descriptor >= 0 { close(descriptor) }
            switch error {
            case let error as OutputError: throw error
            case let error as TemporaryFileError: throw OutputError.temporaryFolder(path: error.folder, reason: error.reason)
            // ZIPFoundation fails to write its file: the temporary folder is full or gone.
            default: throw OutputError.temporaryFolder(path: folder.path, reason: "\(error)")
            }
        }
    }

    /// Creates the archive at `path`, calls `opened` once the file exists, then `body`; the
    /// archive is closed (its last bytes written) when this returns.
    private static func written(to path: String, opened: () -> Void, _ body: (Archive) throws -> Void) throws {
        let archive = try Archive(url: URL(fileURLWithPath: path), accessMode: .create)
        opened()
        try body(archive)
    }

    private static func add(_ text: SpillText, as path: String, to archive: Archive) throws {
        try archive.addEntry(with: path, type: .file, uncompressedSize: text.count, modificationDate: entryDate,
                             permissions: 0o644, compressionMethod: .deflate) { position, size in
            try text.bytes(at: position, size: size)
        }
    }
}
