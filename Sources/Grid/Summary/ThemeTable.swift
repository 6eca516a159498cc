/// The themes table of one grid's cases: its rows (themes and codes, perhaps restricted to
/// one theme) and the ids the codebook lacks.
public struct ThemeTable: Sendable {
    public var grid: Grid
    public var rows: [ThemeRow]
    public var unknownCodes: [String: Int]
    /// Put before every id in JSON and CSV when the cases follow several grids (`grid.`), else empty.
    public var keyPrefix: String

    /// The table of `tally`, restricted to the theme or code `only` (a theme keeps its codes).
    public init(_ tally: ThemeTally, grid: Grid, only: String? = nil, keyPrefix: String = "") {
        self.grid = grid
        rows = tally.rows.filter { Self.shows($0.id, only: only) }
        unknownCodes = tally.unknownCodes
        self.keyPrefix = keyPrefix
    }

    /// Whether a theme or code is shown when only `only` is asked for (a theme keeps its codes).
    static func shows(_ id: String, only: String?) -> Bool {
        guard let only else { return true }
        return id == only || (!only.contains(".") && id.hasPrefix(only + "."))
    }

    /// The short name of a section (its label, else its title); nil for quotes between questions.
    public func sectionName(_ id: String?) -> String? {
        guard let id else { return nil }
        return grid.sections.first { $0.id == id }?.displayLabel
    }
}
