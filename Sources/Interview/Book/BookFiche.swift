import Grid

/// One fiche of the case book as the order needs it — its sort keys — and where its rendered
/// part and its table-of-contents entry wait in the book's spill file.
struct BookFiche: Sendable {
    let caseID: String
    let keys: FicheSortKeys
    /// The part as the book prints it (Markdown or an HTML section), in the spill file.
    let part: SpillFile.Extent
    /// The entry in the table of contents (`BookContents.entry`), in the spill file.
    let entry: SpillFile.Extent

    /// The fiche's anchor in the book (case ids are `[a-z0-9._-]`, safe in an `id`).
    var anchor: String { Self.anchor(of: caseID) }

    static func anchor(of caseID: String) -> String { "fiche-" + caseID }
}
