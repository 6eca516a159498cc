/// Slugs: the safe ids used for cases, choices and questions (`[a-z0-9][a-z0-9._-]*`).
public enum Slug {
    /// Whether the text is a slug: starts with a lower-case ASCII letter or digit, then letters,
    /// digits, `.`, `_` or `-`; at most 100 characters. Never a path.
    public static func isValid<Text: StringProtocol>(_ text: Text) -> Bool {
        guard let first = text.utf8.first, text.utf8.count <= 100, isAlphanumeric(first) else { return false }
        return text.utf8.allSatisfy { isAlphanumeric($0) || $0 == UInt8(ascii: ".") || $0 == UInt8(ascii: "_") || $0 == UInt8(ascii: "-") }
    }

    /// A slug made from free text: accents removed, lower-cased, other characters as `-`;
    /// nil when nothing usable is left.
    public static func make(_ text: String) -> String? {
        var result = ""
        for scalar in text.decomposedASCIIFolded.unicodeScalars {
            let lower = Character(scalar).lowercased()
            if lower.count == 1, let byte = lower.utf8.first, lower.utf8.count == 1, isAlphanumeric(byte) {
                result.append(lower)
            } else if !result.isEmpty, result.last != "-" {
                result.append("-")
            }
        }
        var trimmed = String(result.prefix(60))
        while trimmed.last == "-" { trimmed.removeLast() }
        return trimmed.isEmpty ? nil : trimmed
    }

    private static func isAlphanumeric(_ byte: UInt8) -> Bool {
        (byte >= UInt8(ascii: "a") && byte <= UInt8(ascii: "z")) || (byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9"))
    }
}

extension String {
    /// The text with combining marks removed after canonical decomposition (é → e, œ kept).
    var decomposedASCIIFolded: String {
        let scalars = decomposedStringWithCanonicalMapping.unicodeScalars.filter {
            !(0x0300...0x036F).contains($0.value)
        }
        return String(String.UnicodeScalarView(scalars))
    }
}
