@testable import Grid
import Testing

/// Typed text that needs no escaping is given back as it is without being read character by
/// character; the shortcut must give what the character-by-character escaping gives, always.
@Suite("Inline Markdown: text that needs nothing")
struct InlineMarkdownShortcutTests {
    /// Pieces people type, and the ones that need escaping or trimming.
    static let pieces = ["Nourrir", " ", "le quartier", "é", "e\u{301}", "« ", " »", "\u{202F}", "\u{A0}", "🍅", "🌱", "👩‍🌾", "❤️",
                         "citoyen·ne·s", "Plateau-Mont-Royal", "2012", "1,5 M$", "*", "_", "`", "[x](y)", "<b>", "|", "~", "^", "&",
                         ":", "javascript:alert(1)", "https://example.org", "\n", "\r\n", "\t", "\u{85}", "\u{2028}", "\u{2029}",
                         "\u{1B}[31m", "\u{7F}", "Å", "é\u{85}", "ﬁ", "한", "\u{2000}", "€", "’"]

    @Test("thousands of random lines escape the same through the shortcut and character by character")
    func shortcutAgreesWithEscaping() {
        var random = SplitMix64(seed: 0x1_2026_12_01)
        var plain = 0
        for _ in 0..<20_000 {
            let count = Int(random.next() % 7)
            let text = (0..<count).map { _ in Self.pieces[Int(random.next() % UInt64(Self.pieces.count))] }.joined()
            #expect(MarkdownText.inline(text) == MarkdownText.escapedInline(text), "\(text.debugDescription)")
            if MarkdownText.isPlainLine(text) { plain += 1 }
        }
        #expect(plain > 1_000, "the shortcut was taken")
    }

    @Test("a sentence with accents, « », a narrow no-break space and an emoji is taken as it is")
    func frenchSentenceIsPlain() {
        let sentence = "Nous voulions nourrir le quartier — « ensemble »\u{202F}! 🍅 avec les citoyen·ne·s, depuis 2012."
        #expect(MarkdownText.isPlainLine(sentence))
        #expect(MarkdownText.inline(sentence) == sentence)
        #expect(!MarkdownText.isPlainLine("Mission : nourrir") && !MarkdownText.isPlainLine(" espace") && !MarkdownText.isPlainLine("e\u{301}"))
    }
}
