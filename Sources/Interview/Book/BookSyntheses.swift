import Foundation
import Grid

/// The researchers' syntheses: one Markdown file per theme, `<theme-id>.md`, in `--syntheses DIR`.
///
/// Each file is read like every other input: a symbolic link or anything but a regular file is
/// refused (never followed), and so is a file beyond `sizeLimit`. A file named after no theme of
/// the codebook is said on stderr with the closest theme id, and left out; a theme without a
/// file simply has no synthesis.
struct BookSyntheses: Sendable {
    /// A synthesis is a few pages of text: 1 MiB is far beyond any.
    static let sizeLimit = 1 << 20

    /// The Markdown of each theme that has a synthesis, by theme id.
    private(set) var byTheme: [String: String] = [:]

    init() {}

    /// Reads the folder's `.md` files (hidden files and other names are not syntheses).
    init(folder: String, grid: Grid?, language: Language) throws(BookError) {
        var isFolder: ObjCBool = false
        guard FileManager.default.fileExists(atPath: folder, isDirectory: &isFolder), isFolder.boolValue,
              let names = try? FileManager.default.contentsOfDirectory(atPath: folder) else {
            throw .synthesesNotFound(path: folder)
        }
        let known = Set(grid?.codeIDs ?? [])
        for name in names.sorted() where name.hasSuffix(".md") && !name.hasPrefix(".") {
            let id = String(name.dropLast(3))
            let path = (folder.hasSuffix("/") ? folder : folder + "/") + name
            guard known.contains(id) else {
                StandardError.write(lines: [BookMessage.unknownSynthesis(path: path, suggestion: grid?.suggestedCodeID(for: id)).text(in: language)])
                continue
            }
            switch SmallTextFile.read(path: path, limit: Self.sizeLimit) {
            case .success(let text): byTheme[id] = text
            case .failure(.notRegularFile): throw .synthesisNotRegular(path: path)
            case .failure(.tooLarge(let limit)): throw .synthesisTooLarge(path: path, limit: limit)
            case .failure(.notText): throw .synthesisNotText(path: path)
            case .failure(.unreadable(let reason)): throw .synthesisUnreadable(path: path, reason: reason)
            }
        }
    }

    /// The synthesis of a theme (or sub-theme) id, if the researchers wrote one.
    subscript(id: String) -> String? { byTheme[id] }
}
