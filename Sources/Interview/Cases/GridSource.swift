import ArgumentParser
import Grid

/// Loads the grid a command names (`--grid PATH`) or the built-in one, failing with the right exit code.
enum GridSource {
    static func load(path: String?, language: Language) throws -> LoadedGrid {
        do {
            if let path { return try GridLoader.load(contentsOf: path) }
            return try DefaultGrid.load()
        } catch {
            throw Failure.grid(error, language)
        }
    }
}
