import Grid
import Testing

/// Values written for the condition language (by a grid made from a form) read back as the same text.
@Suite("Condition values written for the parser")
struct ConditionLiteralTests {
    @Test("words, yes/no words, keywords, numbers, quotes and accents read back as the text written")
    func readsBackAsText() throws {
        for text in ["bio", "coop_travail", "oui", "non", "Yes", "and", "in", "answered", "12", "-3", "1.5", "l'école",
                     "dit \"oui\"", "deux mots", "Saguenay–Lac-Saint-Jean", "🍅", ""] {
            let literal = try #require(ConditionLiteral.text(text), "\(text)")
            #expect(try ConditionParser.parse("q == \(literal)") == .compare(question: "q", .equal, .text(text)), "\(text) as \(literal)")
        }
    }

    @Test("a text holding both kinds of quote cannot be written, and says so")
    func bothQuotes() {
        #expect(ConditionLiteral.text("l'« \"x\" »") == nil)
    }
}
