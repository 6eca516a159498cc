import Grid
@testable import Interview
import Testing

/// A line of codes: codebook ids separated by spaces, checked against the grid's codebook.
@Suite("Code lines")
struct CodeLineTests {
    @Test("ids separated by spaces or commas are read once each, in order, in lower case")
    func readsIDs() throws {
        let grid = try CodingGrid.loaded().grid
        #expect(CodeLine.read("ancrage  ancrage.mobilisation", grid: grid) == .success(["ancrage", "ancrage.mobilisation"]))
        #expect(CodeLine.read("Gouvernance, ancrage gouvernance", grid: grid) == .success(["gouvernance", "ancrage"]))
        #expect(CodeLine.read("   ", grid: grid) == .success([]))
    }

    @Test("an unknown id is refused with the closest id of the codebook", arguments: [
        ("gouvernanse", "gouvernance"), ("ancrag", "ancrage"), ("mobilisation", "ancrage.mobilisation"),
    ])
    func unknownWithSuggestion(typed: String, suggestion: String) throws {
        let grid = try CodingGrid.loaded().grid
        let result = CodeLine.read("ancrage \(typed)", grid: grid)
        #expect(result == .failure(.unknown(typed, suggestion: suggestion)))
        let message = try #require(result.failureValue).text(in: .fr)
        #expect(message == "« \(typed) » n'est pas dans le livre de codes : vouliez-vous dire « \(suggestion) »?")
    }

    @Test("an id far from every code is refused without a suggestion, saying how to see the codes")
    func unknownWithoutSuggestion() throws {
        let grid = try CodingGrid.loaded().grid
        let result = CodeLine.read("tomates", grid: grid)
        #expect(result == .failure(.unknown("tomates", suggestion: nil)))
        #expect(result.failureValue?.text(in: .en).contains("Tab-Tab lists the codes") == true)
    }
}

extension Result {
    /// The error, when this is a failure.
    var failureValue: Failure? {
        if case .failure(let error) = self { return error }
        return nil
    }
}
