import Testing
@testable import Grid

/// The three published fiches of `../shared/reference/fiches/` (copied in
/// `Fixtures/reference-fiches/`), re-entered as interviews on the built-in grid: each export is
/// compared with the whole published fiche, line for line as printed (see `PrintedLines`).
@Suite("The reference fiches come out of the built-in grid line for line")
struct ReferenceFicheTests {
    static let interviews: [ReferenceInterview] = [.coopAlina, .jardinsMistouk, .santropolRoulant]

    @Test("The export prints every line of the published fiche, in order", arguments: interviews.map(\.name))
    func lineForLine(name: String) throws {
        let interview = try #require(Self.interviews.first { $0.name == name })
        let ours = PrintedLines.of(try interview.fiche())
        let (published, missing) = PrintedLines.of(try interview.published()).applying(interview.variations)
        #expect(missing.isEmpty, "variations no longer in the published fiche: \(missing.map(\.printed))")
        if let index = (0..<min(ours.count, published.count)).first(where: { ours[$0] != published[$0] }) {
            Issue.record("line \(index + 1) differs:\n  ours:      \(ours[index])\n  published: \(published[index])")
        }
        #expect(ours.count == published.count, "ours has \(ours.count) lines, the published fiche \(published.count)")
    }

    @Test("Where the book varies between fiches, the variation is named and small", arguments: interviews.map(\.name))
    func variationsAreFew(name: String) throws {
        let interview = try #require(Self.interviews.first { $0.name == name })
        let printed = PrintedLines.of(try interview.published())
        let changed = interview.variations.reduce(0) { $0 + max($1.printed.count, $1.ours.count) }
        #expect(interview.variations.allSatisfy { !$0.why.isEmpty })
        // At most one printed line in four departs from what the grid writes for every fiche
        // (Coop Alina 1 of 80, Santropol Roulant 2 of 73; Jardins Mistouk 16 of 76, 7 of them
        // its mission printed as bullets where the other fiches print one « Mission : » line).
        #expect(changed * 4 <= printed.count, "\(changed) of \(printed.count) lines")
    }
}
