/// A codebook id as a coder types it: a theme (`ancrage`) or a theme's code (`ancrage.mobilisation`).
public struct CodeID: Sendable, Hashable, Comparable {
    public var theme: String
    /// The code within the theme; nil for the theme itself.
    public var code: String?

    /// Reads `theme` or `theme.code`; nil when the text is not shaped like one (the codebook
    /// decides whether it exists).
    public init?(_ text: String) {
        let parts = text.split(separator: ".", omittingEmptySubsequences: false).map(String.init)
        guard (1...2).contains(parts.count), parts.allSatisfy(Slug.isValid) else { return nil }
        theme = parts[0]
        code = parts.count == 2 ? parts[1] : nil
    }

    public init(theme: String, code: String? = nil) {
        self.theme = theme
        self.code = code
    }

    /// The id as written: `theme` or `theme.code`.
    public var text: String { code.map { "\(theme).\($0)" } ?? theme }

    public static func < (lhs: CodeID, rhs: CodeID) -> Bool { lhs.text < rhs.text }
}
