/// The built-in grid, *Territoires nourriciers*, embedded at build time from `grids/`.
public enum DefaultGrid {
    /// The grid file's text exactly as in `grids/territoires-nourriciers.yaml`.
    public static var text: String { String(decoding: bytes, as: UTF8.self) }

    /// The embedded bytes.
    public static var bytes: [UInt8] { PackageResources.territoires_nourriciers_yaml }

    /// How the built-in grid is named in messages.
    public static let fileName = "<built-in>/territoires-nourriciers.yaml"

    /// The built-in grid, loaded and checked.
    public static func load() throws(GridLoadError) -> LoadedGrid {
        try GridLoader.load(text: text, file: fileName)
    }

    /// The built-in grid compiled into the program (`Generated/DefaultGrid+Compiled.swift`), when
    /// `text` is byte for byte the file it was generated from: start-up then parses no YAML. Any
    /// other text, such as an edited grid file not generated again, is parsed as usual.
    static func compiled(for text: String, file: String) -> LoadedGrid? {
        guard text.utf8.count == compiledByteCount, FNV1a.hash(text.utf8) == compiledFNV1a,
              let grid = compiledGrid() else { return nil }
        return LoadedGrid(grid: grid, text: text, sha256: compiledSHA256, file: file)
    }
}
