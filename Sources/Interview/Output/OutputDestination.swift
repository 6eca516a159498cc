#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// Where `--output` sends an export, decided from what the path names when the export starts.
enum OutputDestination: Equatable {
    /// Standard output (no `--output`, or `-`).
    case standardOutput
    /// A new or regular file: written aside, then renamed into place.
    case file(String)
    /// A named pipe or a character device (`/dev/null`, a terminal), or a link to one: written into.
    case stream(String)
    /// A folder, one file per case.
    case folder(String)

    /// The destination of `--output PATH`; `folderWanted` says whether a path that does not exist
    /// yet names a folder. Refuses links to anything but a folder or stream, sockets and block devices.
    static func of(_ output: String?, folderWanted: (String) -> Bool) throws(OutputError) -> OutputDestination {
        guard let output, output != "-" else { return .standardOutput }
        switch FileKind(output) {
        case .absent: return folderWanted(output) ? .folder(output) : .file(output)
        case .regular: return .file(output)
        case .folder: return .folder(output)
        case .fifo, .characterDevice: return .stream(output)
        case .symbolicLink:
            let target = FileKind(output, followingLinks: true)
            if target == .folder { return .folder(output) }
            if target.isStream { return .stream(output) }
            throw .unsuitable(path: output, kind: .symbolicLink)
        case let kind: throw .unsuitable(path: output, kind: kind)
        }
    }

    /// Refuses to rename over anything but a regular file (or nothing).
    static func checkReplaceable(_ path: String) throws(OutputError) {
        let kind = FileKind(path)
        guard kind == .absent || kind == .regular else { throw .unsuitable(path: path, kind: kind) }
    }
}

extension OutputDestination {
    /// Whether the export writes one file per case.
    var isFolder: Bool {
        if case .folder = self { return true }
        return false
    }

    /// Where one file goes: `--output` as given, or, when it names a folder (by `folderWanted`, or
    /// an existing one), `defaultName` inside it — the folder made first when `makeFolder`.
    static func file(_ output: String?, defaultName: String, folderWanted: (String) -> Bool = { _ in false },
                     makeFolder: Bool = false) throws -> OutputDestination {
        let destination = try of(output, folderWanted: folderWanted)
        guard case .folder(let folder) = destination else { return destination }
        if makeFolder { try StagedFolder.makeFolders(folder) }
        return try of(folder + "/" + defaultName, folderWanted: { _ in false })
    }
}
