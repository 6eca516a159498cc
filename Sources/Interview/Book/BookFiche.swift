import Grid

/// One fiche of the case book as the table of contents and the order need it: its title and
/// kicker, what orders it, and where its rendered part waits in the book's spill file.
struct BookFiche: Sendable {
    let caseID: String
    /// The fiche's title as it reads (its first level-1 heading), the case id when it has none.
    let title: String
    /// The line above the title (the grid's `kicker`), if any.
    let kicker: String?
    let keys: FicheSortKeys
    /// The part as the book prints it (Markdown or an HTML section), in the spill file.
    let extent: SpillFile.Extent

    /// The fiche's anchor in the book (case ids are `[a-z0-9._-]`, safe in an `id`).
    var anchor: String { Self.anchor(of: caseID) }

    static func anchor(of caseID: String) -> String { "fiche-" + caseID }
}
