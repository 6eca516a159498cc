import Foundation
import Grid
import ZIPFoundation

/// A QDPX file: a ZIP archive holding `project.qde` and the case sources under `sources/`,
/// written by ZIPFoundation into a file entry by entry — each entry's bytes read from the spill
/// file as they are compressed —, with the same date on every entry so that the same project
/// always gives the same bytes.
enum QDPXArchive {
    /// 2 January 1980, the start of ZIP's date range (a day in, whatever the time zone).
    private static let entryDate = Date(timeIntervalSince1970: 315_619_200)

    /// Writes the archive to `path`, a file that must not exist yet: `project.qde` first, then
    /// each source, deflated.
    static func write(project: SpillText, sources: [(name: String, text: SpillText)], to path: String) throws {
        let archive = try Archive(url: URL(fileURLWithPath: path), accessMode: .create)
        try add(project, as: "project.qde", to: archive)
        for source in sources { try add(source.text, as: "sources/" + source.name, to: archive) }
    }

    private static func add(_ text: SpillText, as path: String, to archive: Archive) throws {
        try archive.addEntry(with: path, type: .file, uncompressedSize: text.count, modificationDate: entryDate,
                             permissions: 0o644, compressionMethod: .deflate) { position, size in
            try text.bytes(at: position, size: size)
        }
    }
}
