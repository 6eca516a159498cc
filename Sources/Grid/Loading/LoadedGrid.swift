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
