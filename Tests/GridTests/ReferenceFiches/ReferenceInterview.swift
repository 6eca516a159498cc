import Foundation
@testable import Grid

/// A published fiche re-entered as an interview on the built-in grid: what the fiche says is
/// answered as it says it (numbers with the words they were said with), what it does not say
/// is skipped, as an interviewer passes a question the respondent cannot answer.
struct ReferenceInterview: Sendable {
    /// The file name in `Fixtures/reference-fiches/`, and the case id.
    var name: String
    var events: [JournalEvent]
    /// Where this fiche departs from the others (see `BookVariation`).
    var variations: [BookVariation] = []

    /// The case record the events make on the built-in grid.
    func record() throws -> CaseRecord {
        let loaded = try DefaultGrid.load()
        let start = Date(timeIntervalSince1970: 1_626_000_000)
        let header = JournalHeader(caseID: name, grid: loaded, interviewer: "Équipe Territoires nourriciers", language: .fr,
                                   program: "interview test", started: start)
        let entries = events.enumerated().map { JournalEntry($1, at: start.addingTimeInterval(Double($0 * 30))) }
        return CaseRecordBuilder().record(journal: Journal(header: header, entries: entries, path: name + ".jsonl"), grid: loaded)
    }

    /// The fiche `export --format markdown` writes for it.
    func fiche() throws -> String {
        FicheRenderer(grid: try DefaultGrid.load().grid, language: .fr, frontMatter: true).render(try record())
    }

    /// The published fiche, as printed.
    func published() throws -> String {
        let url = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("Fixtures/reference-fiches/\(name).md")
        return try String(contentsOf: url, encoding: .utf8)
    }
}
