import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif
import Yams

/// Loads grids from YAML or JSON text and files, reporting every problem with its position.
public enum GridLoader {
    /// Reads and checks the grid file at `path`.
    ///
    /// The file is read to its end with `read(2)`, so a pipe (`--grid <(…)`, `/dev/stdin`) works
    /// like a file; a missing file is `fileNotFound`, anything else that fails is `unreadable`
    /// with the system's reason.
    public static func load(contentsOf path: String) throws(GridLoadError) -> LoadedGrid {
        let fd: Int32
        switch POSIXFile.open(path, O_RDONLY | O_CLOEXEC) {
        case .success(let opened): fd = opened
        case .failure(let error):
            if error.code == ENOENT { throw .fileNotFound(path: path) }
            throw .unreadable(path: path, reason: error.text)
        }
        defer { POSIXFile.close(fd) }
        var size = 0
        if case .success(let info) = POSIXFile.status(fd), POSIXFile.isRegularFile(info) { size = Int(info.st_size) }
        switch POSIXFile.readAll(fd, sizeHint: size) {
        case .success(let bytes): return try load(data: Data(bytes), file: path)
        case .failure(let error): throw .unreadable(path: path, reason: error.text)
        }
    }

    /// How messages name a grid read from standard input (`grid check -`): `<stdin>:LINE:COL`.
    public static let standardInputName = "<stdin>"

    /// Reads standard input to its end and checks it as a grid named `<stdin>`.
    public static func loadStandardInput() throws(GridLoadError) -> LoadedGrid {
        switch POSIXFile.readAll(0, sizeHint: 0) {
        case .success(let bytes): return try load(data: Data(bytes), file: standardInputName)
        case .failure(let error): throw .unreadable(path: standardInputName, reason: error.text)
        }
    }

    /// Checks grid bytes; `file` names them in messages.
    public static func load(data: Data, file: String) throws(GridLoadError) -> LoadedGrid {
        let origin = SourcePosition(line: 1, column: 1)
        guard !data.contains(0), let text = String(data: data, encoding: .utf8) else {
            throw .invalid(file: file, issues: [GridIssue(file: file, position: origin, problem: .notText)])
        }
        return try load(text: text, file: file)
    }

    /// Checks grid text; `file` names it in messages. The built-in grid's text is not parsed:
    /// its compiled form stands in for it (see `DefaultGrid.compiled(for:file:)`).
    public static func load(text: String, file: String) throws(GridLoadError) -> LoadedGrid {
        if let compiled = DefaultGrid.compiled(for: text, file: file) { return compiled }
        return try decode(text: text, file: file)
    }

    /// Parses and checks grid text, whatever it is.
    static func decode(text: String, file: String) throws(GridLoadError) -> LoadedGrid {
        let root: Node?
        do {
            root = try Yams.compose(yaml: text, Resolver.basic)
        } catch {
            throw .invalid(file: file, issues: [YAMLErrorTranslator.issue(for: error, text: text, file: file)])
        }
        guard let root, !(root.scalar?.string.isEmpty ?? false) else {
            throw .invalid(file: file, issues: [GridIssue(file: file, position: .init(line: 1, column: 1), problem: .emptyFile)])
        }
        var decoder = GridDecoder(file: file, text: text)
        let grid = decoder.decode(root)
        let issues = decoder.issues.sorted
        guard let grid, issues.isEmpty else { throw .invalid(file: file, issues: issues) }
        return LoadedGrid(grid: grid, text: text, sha256: SHA256.hex(of: text), file: file)
    }
}
