import Testing
@testable import Grid

/// The spread `interview summary` gives numeric questions: n, min, median, max.
@Suite("Number spread")
struct NumberSpreadTests {
    @Test("an odd number of values has its middle one as median")
    func odd() {
        #expect(NumberSpread.of([30, 10, 20]) == NumberSpread(count: 3, min: 10, median: 20, max: 30))
    }

    @Test("an even number of values has the mean of the two middle ones as median")
    func even() {
        #expect(NumberSpread.of([40, 10, 30, 20]) == NumberSpread(count: 4, min: 10, median: 25, max: 40))
        #expect(NumberSpread.of([2.5, 1]) == NumberSpread(count: 2, min: 1, median: 1.75, max: 2.5))
    }

    @Test("no values give no spread, and one value is all three")
    func emptyAndSingle() {
        #expect(NumberSpread.of([]) == nil)
        #expect(NumberSpread.of([-7]) == NumberSpread(count: 1, min: -7, median: -7, max: -7))
    }
}
