import Testing
@testable import Grid

/// `CaseProfile`: cases following several grids keep their questions apart.
@Suite("Case profile")
struct CaseProfileTests {
    @Test("cases following two grids have their questions keyed grid.question, each grid in order of first use")
    func severalGrids() throws {
        var first = try DefaultGrid.load().grid
        first.consent = nil
        var second = first
        second.id = "autre"
        var profile = CaseProfile()
        profile.add(RecordSamples.everyKind, grid: first)
        profile.add(RecordSamples.everyKind, grid: second)
        let questions = profile.questions(in: .fr)
        #expect(profile.cases == 2 && profile.severalGrids)
        #expect(profile.byGrid == ["\(first.id) v\(first.version)": 1, "autre v\(first.version)": 1])
        let keys = questions.map(profile.key)
        #expect(keys.first?.hasPrefix(first.id + ".") == true && keys.last?.hasPrefix("autre.") == true)
        #expect(Set(keys).count == keys.count)
    }

    @Test("a case without the publication consent its grid asks for is counted apart")
    func excluded() throws {
        let grid = try DefaultGrid.load().grid
        var withConsent = grid
        withConsent.consent = GridConsent(interview: nil, publication: "no-such-question")
        var profile = CaseProfile()
        profile.add(RecordSamples.everyKind, grid: withConsent)
        #expect(profile.cases == 0 && profile.excluded == 1 && profile.questions(in: .en).isEmpty)
    }
}
