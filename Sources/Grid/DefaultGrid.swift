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
}
