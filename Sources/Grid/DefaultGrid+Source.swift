extension DefaultGrid {
    /// The embedded grid file decoded from its YAML, with its length and hashes: what the
    /// `GenerateDefaultGrid` tool writes `Generated/DefaultGrid+Compiled.swift` from.
    public static func source() throws(GridLoadError) -> DefaultGridSource {
        let decoded = try GridLoader.decode(text: text, file: fileName)
        return DefaultGridSource(grid: decoded.grid, byteCount: text.utf8.count, fnv1a: FNV1a.hash(text.utf8), sha256: decoded.sha256)
    }
}
