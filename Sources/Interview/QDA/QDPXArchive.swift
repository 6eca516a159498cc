import Foundation
import ZIPFoundation

/// A QDPX file: a ZIP archive holding `project.qde` and the case sources under `sources/`,
/// written by ZIPFoundation in memory, with the same date on every entry so that the same
/// project always gives the same bytes.
enum QDPXArchive {
    /// 2 January 1980, the start of ZIP's date range (a day in, whatever the time zone).
    private static let entryDate = Date(timeIntervalSince1970: 315_619_200)

    /// The archive's bytes: `project.qde` first, then each source, deflated.
    static func bytes(project: String, sources: [(name: String, text: String)]) throws -> Data {
        let archive = try Archive(accessMode: .create)
        try add(Data(project.utf8), as: "project.qde", to: archive)
        for source in sources { try add(Data(source.text.utf8), as: "sources/" + source.name, to: archive) }
        guard let data = archive.data else { throw Archive.ArchiveError.unwritableArchive }
        return data
    }

    private static func add(_ data: Data, as path: String, to archive: Archive) throws {
        try archive.addEntry(with: path, type: .file, uncompressedSize: Int64(data.count), modificationDate: entryDate,
                             permissions: 0o644, compressionMethod: .deflate) { position, size in
            data.subdata(in: Data.Index(position)..<Data.Index(position) + size)
        }
    }
}
