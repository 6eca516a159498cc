#if GENERATING_DEFAULT_GRID
/// Grid as the `GenerateDefaultGrid` tool builds it (`scripts/generate-default-grid.sh` sets
/// `GENERATING_DEFAULT_GRID`): without the generated file, which may be out of date or no longer
/// compile, so the tool never depends on what it writes. No compiled grid then: every grid text,
/// the built-in one too, is parsed.
extension DefaultGrid {
    static let compiledByteCount = -1
    static let compiledFNV1a: UInt64 = 0
    static let compiledSHA256 = ""

    static func compiledGrid() -> Grid? { nil }
}
#endif
