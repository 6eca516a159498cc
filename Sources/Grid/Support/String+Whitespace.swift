extension String {
    /// The text without the spaces and tabs at its ends: what Foundation's
    /// `trimmingCharacters(in: .whitespaces)` gives (tab, the `Zs` spaces and U+200B, by Unicode
    /// scalar), without its cost on every typed line.
    public var trimmingWhitespace: String {
        // Most lines start and end with a plain ASCII character: nothing to trim.
        if let first = utf8.first, let last = utf8.last, first < 0x80, last < 0x80,
           first != 0x20, first != 0x09, last != 0x20, last != 0x09 {
            return self
        }
        guard let first = unicodeScalars.firstIndex(where: { !$0.isBlank }) else { return "" }
        let last = unicodeScalars.lastIndex(where: { !$0.isBlank }) ?? first
        return String(unicodeScalars[first...last])
    }
}

extension Substring {
    /// The text without the spaces and tabs at its ends (see `String.trimmingWhitespace`).
    public var trimmingWhitespace: String {
        String(self).trimmingWhitespace
    }
}

extension Unicode.Scalar {
    /// A tab, a space separator (`Zs`) or U+200B zero width space: what `CharacterSet.whitespaces` holds.
    var isBlank: Bool {
        value == 0x09 || value == 0x20 || (value >= 0x80 && (value == 0x200B || properties.generalCategory == .spaceSeparator))
    }
}
