@testable import Interview
import Testing

/// How many rows a review takes on screen, which decides whether it is paged.
@Suite("Review height")
struct ReviewHeightTests {
    @Test("a line longer than the screen is wide takes as many rows as it wraps to")
    func longLinesWrap() {
        #expect(InterviewRunner.screenRows(["a", String(repeating: "é", count: 170), ""], width: 80) == 5)
        #expect(InterviewRunner.screenRows(["a", "b"], width: 0) == 2)
    }
}
