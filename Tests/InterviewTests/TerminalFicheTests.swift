import Foundation
import Grid
@testable import Interview
import Testing

/// Showing a fiche's Markdown in a terminal: wrapping, indents, styles and typed control characters.
@Suite("Fiches in the terminal")
struct TerminalFicheTests {
    private func plain(_ markdown: String, width: Int = 30) -> String {
        TerminalFiche(width: width, colour: false).render(markdown: markdown)
    }

    private func lines(_ text: String) -> [String] {
        text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
    }

    @Test("A paragraph wraps between words to the width")
    func paragraphsWrap() {
        let text = plain("Coopérative créée dans les années 1970 dans la municipalité de Saint-Fabien.")
        #expect(text == """
            Coopérative créée dans les
            années 1970 dans la
            municipalité de Saint-Fabien.

            """)
    }

    @Test("A list item is indented, its further lines under its text")
    func bulletsHang() {
        let text = plain("- Approvisionnement et partenariats avec les fournisseur·euse·s locaux·ales.\n- Localisation.")
        #expect(text == """
              - Approvisionnement et
                partenariats avec les
                fournisseur·euse·s
                locaux·ales.
              - Localisation.

            """)
    }

    @Test("A numbered item keeps its number and its further lines line up with its text")
    func numberedItemsHang() {
        let text = plain("1. Recherche et rétention de la main-d'œuvre\n2. Concurrence")
        #expect(text == """
              1. Recherche et rétention de
                 la main-d'œuvre
              2. Concurrence

            """)
    }

    @Test("Without colour, the title is underlined with = and a section with -, and no escape code is written")
    func plainHeadings() {
        let text = plain("# Coop Alina\n*Coopérative de consommateur·rice·s*\n\n## En bref\n\n### Activités clés\n\n- Bistro santé Le Bocal.", width: 40)
        #expect(text == """
            Coop Alina
            ==========
            Coopérative de consommateur·rice·s

            En bref
            -------

            Activités clés

              - Bistro santé Le Bocal.

            """)
        #expect(!text.contains("\u{1B}"))
    }

    @Test("With colour, headings are bold (the title underlined, sections in colour) and the subtitle in italics")
    func colouredHeadings() {
        let text = TerminalFiche(width: 40, colour: true).render(markdown: "# Coop Alina\n*Coopérative*\n\n## En bref\n\n### Activités clés\n\nTexte.")
        #expect(text == "\u{1B}[1;4mCoop Alina\u{1B}[0m\n\u{1B}[3mCoopérative\u{1B}[0m\n\n\u{1B}[1;36mEn bref\u{1B}[0m\n\n\u{1B}[1mActivités clés\u{1B}[0m\n\nTexte.\n")
    }

    @Test("Control characters typed in answers are shown as symbols, never sent to the terminal raw")
    func controlCharactersNeutralised() {
        let markdown = "# Coop \u{1B}]0;pwned\u{07}\n\nTexte \u{1B}[31mrouge\u{9B}2J\n\n- élément\u{1B}[2J\n\n> Note : \u{08}\u{08}effacé"
        for colour in [false, true] {
            let text = TerminalFiche(width: 60, colour: colour).render(markdown: markdown)
            #expect(!text.unicodeScalars.contains("\u{07}"))
            #expect(!text.unicodeScalars.contains("\u{08}"))
            #expect(!text.unicodeScalars.contains("\u{9B}"))
            #expect(!text.contains("\u{1B}[31m"))
            #expect(!text.contains("\u{1B}[2J"))
            #expect(!text.contains("\u{1B}]0"))
            #expect(text.contains("Texte ^[[31mrouge\\u{9b}2J"))
            #expect(text.contains("^[]0;pwned^G"))
            #expect(text.contains("^H^Heffacé"))
        }
        // Without colour there is no escape character at all.
        #expect(!plain(markdown, width: 60).unicodeScalars.contains("\u{1B}"))
    }

    @Test("The backslashes that kept typed text from reading as Markdown are taken out")
    func escapesRemoved() {
        let text = plain("\\# Pas un titre\n\\- pas une puce\n\\> pas une citation\n1978\\. Pas une liste\n\n- \\- tiret\n- 1\\. un\n\n### C \\#", width: 40)
        #expect(text == """
            # Pas un titre
            - pas une puce
            > pas une citation
            1978. Pas une liste

              - - tiret
              - 1. un

            C #

            """)
    }

    @Test("French punctuation stays with the word before it, and « with the word after it")
    func frenchPunctuationKeptTogether() {
        let text = plain("Besoin à l'origine : accès à des aliments", width: 19)
        #expect(lines(text).allSatisfy { !$0.hasPrefix(":") })
        #expect(text.contains("l'origine :"))
        let quote = plain("Mission : « offrir à la population un vaste choix »", width: 12)
        #expect(lines(quote).allSatisfy { !$0.hasPrefix("»") && !$0.hasSuffix("«") })
    }

    @Test("A number typed with spaces between its digit groups is not broken, nor its currency sign")
    func numbersKeptWhole() {
        let text = plain("Nouvelle surface totale: 10 000 pi² pour 1 500 000 $", width: 26)
        #expect(text == "Nouvelle surface totale:\n10 000 pi² pour\n1 500 000 $\n")
    }

    @Test("A word longer than a line is cut at the width")
    func longWordsCut() {
        let text = plain("https://example.org/un/chemin/tres/long/vers/une/page", width: 20)
        #expect(lines(text).dropLast().allSatisfy { $0.count <= 20 })
        #expect(lines(text).dropLast().joined() == "https://example.org/un/chemin/tres/long/vers/une/page")
    }

    @Test("Quotes and notes keep their mark on every wrapped line")
    func quotesWrap() {
        let text = plain("> « On apprend en marchant, un pas après l'autre. »", width: 24)
        #expect(lines(text).dropLast().allSatisfy { $0.hasPrefix("> ") && $0.count <= 24 })
    }

    @Test("The rule between fiches spans the width")
    func ruleBetweenFiches() {
        #expect(plain("# Un\n\n---\n\n# Deux", width: 20) == "Un\n==\n\n--------------------\n\nDeux\n====\n")
    }

    @Test("The whole Coop Alina fiche fits the width, with no blank line doubled")
    func wholeFicheFits() throws {
        let url = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("GridTests/Fixtures/reference-fiches/coop-alina.md")
        let markdown = try String(contentsOf: url, encoding: .utf8)
        for width in [40, 72, 100] {
            let text = TerminalFiche(width: width, colour: false).render(markdown: markdown)
            #expect(lines(text).allSatisfy { $0.count <= width }, "width \(width)")
            #expect(!text.contains("\n\n\n"))
            #expect(text.contains("portrait"))
            #expect(text.contains("5 000 000 $"), "a Markdown escape is not printed")
        }
    }

    @Test("A width too narrow to be useful is widened to the minimum")
    func minimumWidth() {
        let text = plain("Un deux trois quatre cinq six sept huit", width: 3)
        #expect(lines(text).allSatisfy { $0.count <= TerminalFiche.minimumWidth })
        #expect(lines(text).first == "Un deux trois quatre")
    }
}
