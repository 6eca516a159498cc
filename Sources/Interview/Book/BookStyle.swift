/// The case book's style sheet, inline in its HTML: readable type on screen, and for print a
/// page per part and per fiche, links in the text's colour, no page break inside a list item.
enum BookStyle {
    static let css = """
        :root { color-scheme: light; }
        body { font-family: "Source Serif Pro", "Iowan Old Style", Georgia, "Times New Roman", serif; font-size: 1.05rem;
               line-height: 1.55; color: #1d1d1f; max-width: 46rem; margin: 0 auto; padding: 2rem 1.25rem; }
        h1, h2, h3, h4 { font-family: "Source Sans Pro", "Helvetica Neue", Arial, sans-serif; line-height: 1.25; }
        h1 { font-size: 1.9rem; margin: 0 0 0.5rem; }
        h2 { font-size: 1.35rem; margin: 2rem 0 0.5rem; border-bottom: 1px solid #d0d0d5; padding-bottom: 0.2rem; }
        h3 { font-size: 1.1rem; margin: 1.5rem 0 0.4rem; }
        section { margin-bottom: 3rem; }
        section + section { border-top: 2px solid #1d1d1f; padding-top: 2rem; }
        .title-page { text-align: center; padding: 4rem 0 2rem; }
        .title-page h1 { font-size: 2.4rem; }
        .title-page p { text-align: left; }
        .title-page p:first-of-type { text-align: center; font-size: 1.3rem; }
        .fiche > p:first-child { font-variant: small-caps; letter-spacing: 0.04em; color: #555; margin-bottom: 0.2rem; }
        blockquote { margin: 0.8rem 0; padding: 0.2rem 1rem; border-left: 3px solid #b8b8c0; color: #333; }
        a { color: #1f4e8c; }
        ol, ul { padding-left: 1.6rem; }
        li { margin: 0.2rem 0; }
        code { font-family: "Source Code Pro", Menlo, Consolas, monospace; font-size: 0.92em; }
        table { border-collapse: collapse; }
        hr { border: none; border-top: 1px solid #d0d0d5; }
        @page { size: A4; margin: 2cm 2cm 2.2cm; }
        @media print {
            body { max-width: none; padding: 0; font-size: 11pt; color: #000; }
            section { break-before: page; page-break-before: always; border-top: none; padding-top: 0; margin: 0; }
            section:first-of-type { break-before: auto; page-break-before: auto; }
            h1, h2, h3 { break-after: avoid; page-break-after: avoid; }
            li, blockquote { break-inside: avoid; page-break-inside: avoid; }
            a, a:visited { color: inherit; text-decoration: none; }
        }
        """
}
