import Grid

/// The case book: title page, table of contents, profile overview, the publishable fiches in
/// the order asked, the themes table and the grid as an annex — written part after part, the
/// fiches read back from the spill file they were rendered to, so that memory stays flat.
struct Book {
    let renderer: BookRenderer
    let titlePage: BookPart
    let contents: BookContents
    let profile: BookPart
    /// The fiches in the order asked.
    let fiches: [BookFiche]
    let themes: BookThemes
    let annex: BookPart

    /// The anchors of the parts other than the fiches.
    static let titleAnchor = "title-page", contentsAnchor = "contents", profileAnchor = "profile",
               themesAnchor = "themes", annexAnchor = "annex"

    /// Hands the book to `out` a piece at a time, the fiches' parts read from `spill`.
    func write(fichesFrom spill: SpillFile, to out: (String) throws -> Void) throws {
        try out(renderer.beginning)
        try out(renderer.part(anchor: titlePage.anchor, kind: titlePage.kind, markdown: titlePage.markdown) + renderer.separator)
        try contents.write(renderer: renderer, spill: spill, to: out)
        try out(renderer.separator + renderer.part(anchor: profile.anchor, kind: profile.kind, markdown: profile.markdown) + renderer.separator)
        for fiche in fiches { try out(String(decoding: try spill.read(fiche.part), as: UTF8.self) + renderer.separator) }
        try out(renderer.opening(anchor: Self.themesAnchor, kind: .themes))
        try themes.write(rendering: { [renderer] in renderer.piece($0) }, to: out)
        try out(renderer.closing + renderer.separator)
        try out(renderer.part(anchor: annex.anchor, kind: annex.kind, markdown: annex.markdown))
        try out(renderer.ending)
    }
}
