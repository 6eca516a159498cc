import Grid

/// Loads the grid a command names (`--grid PATH`) or the built-in one.
enum GridSource {
    static func load(path: String?) throws(GridLoadError) -> LoadedGrid {
        if let path { return try GridLoader.load(contentsOf: path) }
        return try DefaultGrid.load()
    }

    /// Loads the grid file a `grid` command names, where `-` is standard input (named `<stdin>`
    /// in messages); nil is the built-in grid.
    static func load(pathOrStandardInput path: String?) throws(GridLoadError) -> LoadedGrid {
        if path == "-" { return try GridLoader.loadStandardInput() }
        return try load(path: path)
    }
}
