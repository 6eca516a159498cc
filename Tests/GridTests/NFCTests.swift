import Foundation
@testable import Grid
import Testing

/// `precomposedCanonical` gives exactly Foundation's NFC, scalar for scalar.
@Suite("Normalization to NFC")
struct NFCTests {
    private func scalars(_ text: String) -> [UInt32] {
        text.unicodeScalars.map(\.value)
    }

    @Test("Every scalar the shortcut leaves alone is left alone by Foundation too, alone and after a letter")
    func shortcutScalarsAreNFC() {
        for value in String.scalarsNFCLeavesAlone.flatMap(Array.init) {
            guard let scalar = Unicode.Scalar(value) else { continue }
            for text in [String(scalar), "e" + String(scalar), String(scalar) + "a"] {
                #expect(scalars(text.precomposedCanonical) == scalars(text.precomposedStringWithCanonicalMapping), "U+\(String(value, radix: 16))")
            }
        }
    }

    @Test("Decomposed and mixed text is composed as Foundation composes it")
    func decomposedText() {
        for text in ["e\u{301}te\u{301}", "Montre\u{301}al — l’été…", "A\u{30A}ngstro\u{308}m", "\u{2000}", "ﬁ", "한국어", "Coop « Alina »"] {
            #expect(scalars(text.precomposedCanonical) == scalars(text.precomposedStringWithCanonicalMapping), "\(text)")
        }
    }
}
