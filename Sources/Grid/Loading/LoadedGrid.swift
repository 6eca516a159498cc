/// A checked grid together with the exact text it came from and that text's SHA-256.
public struct LoadedGrid: Sendable {
    public var grid: Grid
    /// The grid file's text, byte for byte: what journals pin and `responses/.grids/` keeps.
    public var text: String
    public var sha256: String
    /// Where it came from (a path, or `<built-in>`).
    public var file: String

    public init(grid: Grid, text: String, sha256: String, file: String) {
        self.grid = grid
        self.text = text
        self.sha256 = sha256
        self.file = file
    }
}

extension LoadedGrid {
    /// The same grid file with its texts in `language` when it is written in it (see `Grid.localized(to:)`).
    public func localized(to language: Language) -> LoadedGrid {
        LoadedGrid(grid: grid.localized(to: language), text: text, sha256: sha256, file: file)
    }
}
