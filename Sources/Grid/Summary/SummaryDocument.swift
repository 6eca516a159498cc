/// The whole `interview summary`: the profile of the set, the themes table of each grid's
/// codebook and, when asked, the agreement of two coders.
public struct SummaryDocument: Sendable {
    public var profile: CaseProfile
    /// One table per grid, grids in order of first use.
    public var themes: [ThemeTable]
    public var agreement: CoderAgreement?

    public init(profile: CaseProfile, themes: [ThemeTable], agreement: CoderAgreement?) {
        self.profile = profile
        self.themes = themes
        self.agreement = agreement
    }

    /// Whether there is a themes part: some grid has a codebook.
    public var hasThemes: Bool { themes.contains { !$0.rows.isEmpty } }

    /// The ids the codebooks lack, keyed as the themes are, with the segments that carry each.
    public var unknownCodes: [String: Int] {
        themes.reduce(into: [:]) { result, table in
            for (id, count) in table.unknownCodes { result[table.keyPrefix + id, default: 0] += count }
        }
    }

    /// The table of the grid the agreement is computed on (the first one), for its keys.
    var agreementPrefix: String { themes.first?.keyPrefix ?? "" }
}
