import Testing
@testable import Grid

/// Percent agreement and Cohen's kappa from the 2 × 2 table of two coders.
@Suite("Cohen's kappa")
struct CohenKappaTests {
    @Test("a table of 50 units with known kappa: pₒ = 0.7, pₑ = 0.5, κ = 0.4")
    func known() throws {
        // Both 20, first only 5, second only 10, neither 15: p₁ = 25/50, p₂ = 30/50.
        let counts = AgreementCounts(both: 20, firstOnly: 5, secondOnly: 10, neither: 15)
        #expect(counts.units == 50)
        #expect(abs(try #require(counts.observed) - 0.7) < 1e-12)
        #expect(abs(try #require(counts.expected) - 0.5) < 1e-12)
        #expect(abs(try #require(counts.kappa) - 0.4) < 1e-12)
    }

    @Test("perfect agreement gives 1, perfect disagreement on a balanced table −1")
    func bounds() throws {
        #expect(AgreementCounts(both: 3, neither: 7).kappa == 1)
        #expect(abs(try #require(AgreementCounts(firstOnly: 5, secondOnly: 5).kappa) + 1) < 1e-12)
    }

    @Test("kappa is undefined when chance explains everything (a theme nobody gave, or everybody) or without units")
    func undefined() {
        #expect(AgreementCounts(neither: 8).kappa == nil)
        #expect(AgreementCounts(neither: 8).observed == 1)
        #expect(AgreementCounts(both: 8).kappa == nil)
        #expect(AgreementCounts().kappa == nil && AgreementCounts().observed == nil)
    }

    @Test("units are counted one by one and tables add up")
    func adding() {
        var counts = AgreementCounts()
        counts.add(first: true, second: true)
        counts.add(first: true, second: false)
        counts.add(first: false, second: true)
        counts.add(first: false, second: false)
        #expect(counts == AgreementCounts(both: 1, firstOnly: 1, secondOnly: 1, neither: 1))
        #expect(counts + counts == AgreementCounts(both: 2, firstOnly: 2, secondOnly: 2, neither: 2))
    }
}
