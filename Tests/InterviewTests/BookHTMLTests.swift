import Grid
@testable import Interview
import Plot
import Testing

/// The fiche's Markdown lines as the HTML book writes them: headings, paragraphs, lists, quotes,
/// emphasis and links become elements; typed text, escaped by the fiche, comes out escaped again.
@Suite("HTML of the fiche's lines")
struct BookHTMLTests {
    private func html(_ markdown: String) -> String {
        BookHTML.nodes(MarkdownBlocks.parse(markdown)).map { $0.render() }.joined()
    }

    @Test("Headings, a paragraph, a bullet list and a numbered list become their elements")
    func blocks() {
        let markdown = "# Titre\n*Coopérative*\n\n## Démarrage\n\n### Défis\n\n- un\n- deux\n  suite\n\n1. premier\n2. second\n\nTexte\nsur deux lignes"
        #expect(html(markdown) == "<h1>Titre</h1><p><em>Coopérative</em></p><h2>Démarrage</h2><h3>Défis</h3>"
            + "<ul><li>un</li><li>deux\nsuite</li></ul><ol><li>premier</li><li>second</li></ol><p>Texte\nsur deux lignes</p>")
    }

    @Test("Bold, emphasis and a web link of the grid author are kept; a javascript link stays text")
    func inlineMarks() {
        #expect(html("**Mission** : *vite* [site](https://exemple.org/?a=1&b=2) [x](javascript:alert(1))")
            == "<p><strong>Mission</strong> : <em>vite</em> <a href=\"https://exemple.org/?a=1&amp;b=2\">site</a> [x](javascript:alert(1))</p>")
    }

    @Test("Typed text escaped by the fiche reads as typed, and HTML in it is escaped")
    func typedTextEscaped() {
        let typed = "<script>alert(1)</script> & *co* [x](javascript:alert(1)) « oui » 😀 &lt;"
        let line = MarkdownEscaping.typed(typed)
        #expect(html(line) == "<p>&lt;script&gt;alert(1)&lt;/script&gt; &amp; *co* [x](javascript:alert(1)) « oui » 😀 &amp;lt;</p>")
    }

    @Test("A typed line that looks like Markdown structure stays a paragraph")
    func lineStartEscapes() {
        #expect(html("\\# pas un titre\n\n1\\. pas une liste\n\n\\- ni un tiret") == "<p># pas un titre</p><p>1. pas une liste</p><p>- ni un tiret</p>")
    }

    @Test("Notes and quotes become a blockquote holding their paragraphs")
    func quotes() {
        #expect(html("> Note : un\n>\n> deux") == "<blockquote><p>Note : un</p><p>deux</p></blockquote>")
    }

    @Test("An unclosed mark, a lone bracket and a code span read as written")
    func unclosedMarks() {
        #expect(html("2 * 3 et [x et `a<b`") == "<p>2 * 3 et [x et <code>a&lt;b</code></p>")
    }

    @Test("A link to an anchor of the book is kept, one to an odd anchor is not")
    func anchors() {
        #expect(html("[A](#fiche-a) [B](#x\"onclick=y)") == "<p><a href=\"#fiche-a\">A</a> [B](#x\"onclick=y)</p>")
    }
}
