import Testing
@testable import Grid

@Suite("Slugs")
struct SlugTests {
    @Test("Lower-case ASCII letters and digits, then `.`, `_` or `-`, are slugs", arguments: [
        "a", "0", "coop-alina", "q1", "1a", "a.b_c-d", "territoires-nourriciers", "cas_2021.v2", "a-", "a..b",
        String(repeating: "a", count: 100),
    ])
    func validSlugs(text: String) {
        #expect(Slug.isValid(text))
    }

    @Test("Paths, hidden names, upper case, accents, spaces and empty text are not slugs", arguments: [
        "../x", "/abs/x", "a/b", ".x", "", "A", "é", "-a", "_a", "a b", "a\n", "a\\b", "coop\u{00A0}a", "Coop",
        "ａ", "..", ".", String(repeating: "a", count: 101),
    ])
    func invalidSlugs(text: String) {
        #expect(!Slug.isValid(text))
    }

    @Test("Free text becomes a slug: accents dropped, lower-cased, other characters as single dashes", arguments: [
        ("Coop Alina — Rimouski", "coop-alina-rimouski"),
        ("Périurbain ou semi-rural", "periurbain-ou-semi-rural"),
        ("Urbain", "urbain"),
        ("  --Les Jardins Mistouk!!  ", "les-jardins-mistouk"),
        ("Saguenay–Lac-Saint-Jean", "saguenay-lac-saint-jean"),
        ("Cas 01", "cas-01"),
        ("2021", "2021"),
        ("À l'Île-d'Orléans", "a-l-ile-d-orleans"),
    ])
    func makeSlugs(text: String, slug: String) {
        #expect(Slug.make(text) == slug)
    }

    @Test("Text with no letter or digit gives no slug", arguments: ["", "   ", "—", "!!!", "« »", "🙂"])
    func makeGivesNil(text: String) {
        #expect(Slug.make(text) == nil)
    }

    @Test("Slugs made from text are always valid and at most 60 characters")
    func madeSlugsAreValid() throws {
        let texts = ["Coop Alina — Rimouski", String(repeating: "Bas-Saint-Laurent ", count: 10), "École 42", "x"]
        for text in texts {
            let slug = try #require(Slug.make(text))
            #expect(Slug.isValid(slug), "\(slug)")
            #expect(slug.count <= 60)
        }
    }

    @Test("A slug cut at 60 characters does not end with a dash")
    func cutSlugDoesNotEndWithDash() throws {
        let slug = try #require(Slug.make(String(repeating: "a", count: 59) + " b"))
        #expect(slug.last != "-")
    }
}
