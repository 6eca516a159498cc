import Foundation
import Grid

/// Loads the grid a command names (`--grid PATH`) or the built-in one. A form (.xlsx, .csv, a
/// folder with survey.csv) is converted first; what it loses is said on stderr.
enum GridSource {
    static func load(path: String?) throws(GridSourceError) -> LoadedGrid {
        if let path, FormSource.isForm(path) {
            do {
                let (loaded, findings) = try FormSource.load(path)
                StandardError.write(lines: findings.map { $0.text(in: InterfaceLanguage.current) })
                return loaded
            } catch {
                throw .form(error)
            }
        }
        do {
            if let path { return try GridLoader.load(contentsOf: path) }
            return try DefaultGrid.load()
        } catch {
            throw .grid(error)
        }
    }

    /// Loads the grid file a `grid` command names, where `-` is standard input (named `<stdin>`
    /// in messages); nil is the built-in grid.
    static func load(pathOrStandardInput path: String?) throws(GridSourceError) -> LoadedGrid {
        if path == "-" {
            do { return try GridLoader.loadStandardInput() } catch { throw .grid(error) }
        }
        return try load(path: path)
    }
}
