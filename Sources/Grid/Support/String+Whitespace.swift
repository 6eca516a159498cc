extension StringProtocol {
    /// The text without the spaces and tabs at its ends: what Foundation's
    /// `trimmingCharacters(in: .whitespaces)` gives (tab, the `Zs` spaces and U+200B, by Unicode scalar),
    /// without its cost on every typed line.
    public var trimmingWhitespace: String {
        let scalars = unicodeScalars
        guard let first = scalars.firstIndex(where: { !$0.isBlank }) else { return "" }
        let last = scalars.lastIndex(where: { !$0.isBlank }) ?? first
        var trimmed = String.UnicodeScalarView()
        trimmed.append(contentsOf: scalars[first...last])
        return String(trimmed)
    }
}

extension Unicode.Scalar {
    /// A tab, a space separator (`Zs`) or U+200B zero width space: what `CharacterSet.whitespaces` holds.
    var isBlank: Bool {
        value == 0x09 || value == 0x20 || (value >= 0x80 && (value == 0x200B || properties.generalCategory == .spaceSeparator))
    }
}
