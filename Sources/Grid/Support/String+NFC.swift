import Foundation

extension String {
    /// The text in Unicode normalization form C, as `precomposedStringWithCanonicalMapping`
    /// gives it; text made only of scalars that NFC leaves alone (below U+0300, where combining
    /// marks begin, and the dashes, quotes and ellipsis of U+2010–U+2027) is returned as it is,
    /// sparing Foundation's cost on most typed lines.
    public var precomposedCanonical: String {
        let untouched = unicodeScalars.allSatisfy { $0.value < 0x300 || (0x2010...0x2027).contains($0.value) }
        return untouched ? self : precomposedStringWithCanonicalMapping
    }
}
