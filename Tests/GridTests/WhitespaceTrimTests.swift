import Foundation
import Grid
import Testing

/// `trimmingWhitespace` trims exactly what Foundation's `trimmingCharacters(in: .whitespaces)` trims.
@Suite("Trimming spaces and tabs")
struct WhitespaceTrimTests {
    @Test("Spaces, tabs and Unicode space separators are trimmed at both ends, nothing else")
    func sameAsFoundation() {
        let samples = [
            "", " ", "\t", "  a  ", "\ta b\t", "\u{A0}non-breaking\u{202F}", "\u{3000}ideographic\u{2003}",
            "\nnewline kept\n", "\r\n", " \u{301}combining", "é ", " 😀 ", "a", "\u{200B}zero width\u{200B}", "\u{85}next line\u{85}", "\u{FEFF}bom",
        ]
        for sample in samples {
            #expect(sample.trimmingWhitespace == sample.trimmingCharacters(in: .whitespaces), "\(sample.unicodeScalars.map { $0.value })")
        }
    }

    @Test("Every scalar of the Basic Multilingual Plane is trimmed or kept as Foundation does")
    func everyScalar() {
        for value in UInt32(0)...0xFFFF {
            guard let scalar = Unicode.Scalar(value) else { continue }
            let text = String(scalar) + "x" + String(scalar)
            #expect(text.trimmingWhitespace == text.trimmingCharacters(in: .whitespaces), "U+\(String(value, radix: 16))")
        }
    }
}
