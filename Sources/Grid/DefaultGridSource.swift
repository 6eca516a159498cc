/// What `Generated/DefaultGrid+Compiled.swift` is made from: the built-in grid file decoded by
/// the YAML path (never the compiled grid), and what `DefaultGrid.compiled(for:file:)` checks to
/// recognise that file. Only the `GenerateDefaultGrid` tool needs it.
public struct DefaultGridSource: Sendable {
    /// The grid as `GridLoader` decodes the file.
    public let grid: Grid
    /// The file's length in bytes.
    public let byteCount: Int
    /// The file's FNV-1a hash.
    public let fnv1a: UInt64
    /// The file's SHA-256, in lowercase hexadecimal.
    public let sha256: String
}
