import Grid
@testable import Interview
import Testing

/// `/segment`: a quoted phrase or a span from start words to end words, found in the text by
/// code points, accents and emoji counted one code point each.
@Suite("Segment selection")
struct SegmentSelectionTests {
    private static let mission = "Nourrir le quartier — « ensemble » 🍅 avec les citoyen·ne·s du Plateau."

    @Test("a phrase is read between guillemets, straight or curly quotes, spaces inside trimmed", arguments: [
        ("« ensemble »", "ensemble"), ("«\u{00A0}ensemble\u{00A0}»", "ensemble"), ("\"avec les\"", "avec les"),
        ("“du Plateau”", "du Plateau"), ("« « ensemble » »", "« ensemble »"), ("ensemble", "ensemble"),
    ])
    func phraseForms(typed: String, phrase: String) {
        #expect(SegmentSelection.parse(typed) == .success(.phrase(phrase)))
    }

    @Test("a span is read from start words to end words around … or ...")
    func spanForms() {
        #expect(SegmentSelection.parse("avec … Plateau") == .success(.span(from: "avec", to: "Plateau")))
        #expect(SegmentSelection.parse("avec les...du Plateau") == .success(.span(from: "avec les", to: "du Plateau")))
    }

    @Test("nothing typed, an unclosed quote or a span with one end is refused")
    func malformed() {
        #expect(SegmentSelection.parse("  ") == .failure(.empty))
        #expect(SegmentSelection.parse("« »") == .failure(.empty))
        #expect(SegmentSelection.parse("« ensemble") == .failure(.unclosedQuote("»")))
        #expect(SegmentSelection.parse("avec …") == .failure(.spanNeedsBothEnds))
    }

    @Test("offsets count code points: after an em dash, « » and an emoji")
    func offsetsAfterEmoji() {
        #expect(SegmentSelection.phrase("ensemble").locate(in: Self.mission) == .success(24..<32))
        #expect(SegmentSelection.phrase("avec").locate(in: Self.mission) == .success(37..<41))
        #expect(SegmentSelection.phrase("🍅 avec").locate(in: Self.mission) == .success(35..<41))
    }

    @Test("a span runs from the first start words to the end of the next end words after them")
    func spanRange() throws {
        let range = try SegmentSelection.span(from: "avec", to: "Plateau").locate(in: Self.mission).get()
        let scalars = Array(Self.mission.unicodeScalars)[range]
        #expect(String(String.UnicodeScalarView(scalars)) == "avec les citoyen·ne·s du Plateau")
        let text = "nous avons dit : nous y arriverons, nous"
        #expect(SegmentSelection.span(from: "nous", to: "nous").locate(in: text) == .success(0..<21))
    }

    @Test("accented words typed in capitals or decomposed are found; the case is ignored, not the accents")
    func accentsAndCase() {
        let text = "Élan coopératif, été 2021"
        #expect(SegmentSelection.parse("« E\u{301}LAN »") == .success(.phrase("ÉLAN")))
        #expect(SegmentSelection.phrase("ÉLAN").locate(in: text) == .success(0..<4))
        #expect(SegmentSelection.phrase("cooperatif").locate(in: text) == .failure(.phraseAbsent("cooperatif")))
    }

    @Test("a phrase not in the text, or end words not after the start, is an error naming them")
    func absent() {
        #expect(SegmentSelection.phrase("tomates").locate(in: Self.mission) == .failure(.phraseAbsent("tomates")))
        #expect(SegmentSelection.span(from: "Plateau", to: "avec").locate(in: Self.mission) == .failure(.endAbsent("avec", after: "Plateau")))
        #expect(SegmentSelection.span(from: "tomates", to: "avec").locate(in: Self.mission) == .failure(.startAbsent("tomates")))
        #expect(SegmentProblem.phraseAbsent("tomates").text(in: .fr) == "« tomates » n'est pas dans ce texte.")
    }
}
