import Grid

/// Loads the grid a command names (`--grid PATH`) or the built-in one.
enum GridSource {
    static func load(path: String?) throws(GridLoadError) -> LoadedGrid {
        if let path { return try GridLoader.load(contentsOf: path) }
        return try DefaultGrid.load()
    }
}
