import Foundation

extension String {
    /// The scalars NFC leaves alone wherever they stand (none composes with its neighbours): all
    /// below U+0300, where combining marks begin; the dashes, quotes and ellipsis of
    /// U+2010–U+2027; the zero-width joiner; the narrow no-break space French puts before « : »;
    /// the euro sign; the emoji variation selector; and the emoji of U+1F000–U+1FAFF.
    static let scalarsNFCLeavesAlone: [ClosedRange<UInt32>] = [
        0...0x2FF, 0x200D...0x200D, 0x2010...0x2027, 0x202F...0x202F, 0x20AC...0x20AC, 0xFE0F...0xFE0F, 0x1F000...0x1FAFF,
    ]

    /// Whether the text is made only of scalars NFC leaves alone: then it is in NFC as it is.
    var isSurelyNFC: Bool {
        unicodeScalars.allSatisfy { scalar in
            scalar.value < 0x300 || Self.scalarsNFCLeavesAlone.contains { $0.contains(scalar.value) }
        }
    }

    /// The text in Unicode normalization form C, as `precomposedStringWithCanonicalMapping`
    /// gives it; text made only of scalars NFC leaves alone is returned as it is, sparing
    /// Foundation's cost on most typed lines.
    public var precomposedCanonical: String {
        isSurelyNFC ? self : precomposedStringWithCanonicalMapping
    }
}
