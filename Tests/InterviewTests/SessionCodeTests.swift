import Grid
@testable import Interview
import Testing

/// `/code ID…` during an interview: the answer just given is coded whole, the interviewer as coder.
@Suite("Coding during the interview")
struct SessionCodeTests {
    private static func codings(_ events: [JournalEvent]) -> [Coding] {
        events.compactMap { if case .code(let coding) = $0 { return coding } else { return nil } }
    }

    /// The commands set the interviewer as coder (`runner.coder`); the end-to-end tests check it.
    @Test("/code after a text answer and after a list codes them whole; the interview goes on at the same question")
    func codesLastAnswer() throws {
        let temporary = TemporaryCase(grid: try CodingGrid.loaded())
        let run = try interview(temporary, lines("Nourrir « le quartier » 🍅", "/code ancrage gouvernance", "A", "B", "", "/code ancrage.mobilisation",
                                                 "Grandir"), interactive: false)
        #expect(run.outcome == .completed)
        #expect(Self.codings(run.newEvents) == [
            Coding(target: .answer("mission"), start: 0, end: 25, text: "Nourrir « le quartier » 🍅", codes: ["ancrage", "gouvernance"], coder: nil),
            Coding(target: .answer("defis"), start: 0, end: 3, text: "A\nB", codes: ["ancrage.mobilisation"], coder: nil),
        ])
        #expect(run.answers.map(\.0) == ["mission", "defis", "avenir"])
    }

    @Test("an unknown id is named with a suggestion and nothing is written; before any answer, /code says there is none")
    func refusals() throws {
        let temporary = TemporaryCase(grid: try CodingGrid.loaded())
        let run = try interview(temporary, lines("/code ancrage", "Mission", "/code gouvernanse", "/code", "/pause"))
        #expect(Self.codings(run.newEvents).isEmpty)
        #expect(run.output.stderr.contains("Aucune réponse à coder pour l'instant"))
        #expect(run.output.stderr.contains("vouliez-vous dire « gouvernance »?"))
        #expect(run.output.stderr.contains("Tapez les codes après /code"))
        #expect(run.editor.prefills.contains("/code gouvernanse"), "the line comes back to be corrected")
    }

    @Test("Tab completes /code and the ids after it, one after another")
    func completion() throws {
        let temporary = TemporaryCase(grid: try CodingGrid.loaded())
        let run = try interview(temporary, lines("/pause"))
        let completion = try #require(run.editor.completionsSeen.first)
        #expect(completion.complete("/cod").replacement == "/code ")
        #expect(completion.complete("/code gouv").replacement == "/code gouvernance")
        #expect(completion.complete("/code ancrage ancrage.").replacement == "/code ancrage ancrage.mobilisation")
        #expect(SessionCommand.parse("/code ancrage gouvernance") == .code("ancrage gouvernance"))
    }
}
