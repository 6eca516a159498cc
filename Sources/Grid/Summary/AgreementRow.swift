/// The agreement of two coders on one theme or code of the codebook.
public struct AgreementRow: Sendable, Equatable {
    /// `theme` or `theme.code`.
    public var id: String
    public var label: String
    public var isTheme: Bool
    public var counts: AgreementCounts
}
