import Foundation
import Grid

extension Book {
    /// The book of the collected cases: `grid` gives the title page and the annex (the first
    /// grid the cases follow), fiches come in `order`.
    init(collection: BookCollection, grid: Grid, grids: [Grid], syntheses: BookSyntheses, order: BookOrder,
         renderer: BookRenderer, date: String) {
        let language = renderer.language
        let fiches = collection.fiches.sorted { order.precedes($0.keys, $1.keys) }
        let titlePage = BookTitlePage(grid: grid, language: language, date: date, cases: fiches.count)
        let others: [(anchor: String, title: String)] = [
            (Self.profileAnchor, BookWord.profile.text(in: language)),
            (Self.themesAnchor, BookWord.themes.text(in: language)),
            (Self.annexAnchor, BookWord.annex.text(in: language)),
        ]
        self.init(
            renderer: renderer,
            titlePage: BookPart(anchor: Self.titleAnchor, kind: .titlePage, markdown: titlePage.markdown),
            contents: BookContents(fiches: fiches, parts: others, language: language),
            profile: BookPart(anchor: Self.profileAnchor, kind: .profile,
                              markdown: BookProfile(profile: collection.profile, grids: grids, language: language).markdown),
            fiches: fiches,
            themes: BookThemes(rows: collection.themes.rows, grid: grid, syntheses: syntheses, language: language),
            annex: BookPart(anchor: Self.annexAnchor, kind: .annex, markdown: BookAnnex(grid: grid, language: language).markdown))
    }

    /// The day the book is built, `YYYY-MM-DD` in UTC; `SOURCE_DATE_EPOCH` (seconds), when set,
    /// gives a reproducible date, as reproducible builds do.
    static func buildDate() -> String {
        let seconds = Environment.value("SOURCE_DATE_EPOCH").flatMap(Double.init) ?? Date().timeIntervalSince1970
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: "en_US_POSIX")
        formatter.timeZone = TimeZone(identifier: "UTC")
        formatter.dateFormat = "yyyy-MM-dd"
        return formatter.string(from: Date(timeIntervalSince1970: seconds))
    }
}
