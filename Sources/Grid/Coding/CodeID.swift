/// A codebook id as a coder types it: a theme (`ancrage`) or a theme's code (`ancrage.mobilisation`).
public struct CodeID: Sendable, Hashable, Comparable {
    public var theme: String
    /// The code within the theme; nil for the theme itself.
    public var code: String?

    /// Reads `theme` or `theme.code`; nil when the text is not shaped like one (the codebook
    /// decides whether it exists).
    public init?(_ text: String) {
        guard let (theme, code) = Self.parts(of: text) else { return nil }
        self.theme = String(theme)
        self.code = code.map(String.init)
    }

    /// Whether the text is shaped like a codebook id (what `init?` checks, nothing made).
    public static func isWellFormed(_ text: String) -> Bool {
        parts(of: text) != nil
    }

    /// The theme and code of `theme.code` (each a slug without a dot), without copying them.
    private static func parts(of text: String) -> (theme: Substring, code: Substring?)? {
        let dot = UInt8(ascii: ".")
        guard let position = text.utf8.firstIndex(of: dot) else {
            return Slug.isValid(text) ? (text[...], nil) : nil
        }
        let theme = text[..<position], code = text[text.utf8.index(after: position)...]
        guard !code.utf8.contains(dot), Slug.isValid(theme), Slug.isValid(code) else { return nil }
        return (theme, code)
    }

    public init(theme: String, code: String? = nil) {
        self.theme = theme
        self.code = code
    }

    /// The id as written: `theme` or `theme.code`.
    public var text: String { code.map { "\(theme).\($0)" } ?? theme }

    public static func < (lhs: CodeID, rhs: CodeID) -> Bool { lhs.text < rhs.text }
}
