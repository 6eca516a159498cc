import Grid
@testable import Interview
import Testing

/// `interview code` without a terminal: each line of codes journaled for its text, segments,
/// the existing codes in the edit line, `/suivant`, refused lines.
@Suite("Coding walk")
struct CodingWalkTests {
    private static let mission = "Nourrir le quartier — « ensemble » 🍅 avec les citoyen·ne·s du Plateau."
    private static let answers: [JournalEvent] = [
        .answer(question: "mission", value: .text(mission), seconds: 3),
        .answer(question: "defis", value: .list(["Bénévoles", "Financement 💰"]), seconds: 3),
        .quote(question: "defis", text: "« On a tout fait »"),
        .answer(question: "avenir", value: .text("Grandir"), seconds: 3),
    ]

    @Test("texts come in grid order, each line of codes is one code event of the whole text, blank lines write nothing")
    func wholeTexts() throws {
        let run = try code(try codingCase(Self.answers), lines("ancrage", "", "gouvernance ancrage.mobilisation", "", "ancrage"))
        #expect(run.outcome == .completed)
        #expect(run.codings.map(\.target) == [.answer("mission"), .item("defis", 2), .answer("avenir")])
        #expect(run.codings.map(\.codes) == [["ancrage"], ["gouvernance", "ancrage.mobilisation"], ["ancrage"]])
        #expect(run.codings.allSatisfy { $0.coder == "ana" && $0.start == 0 })
        #expect(run.codings.first?.end == Self.mission.unicodeScalars.count)
        #expect(run.output.stderr.isEmpty)
        #expect(run.output.stdout.contains("3 passages codés, 0 segment."))
        #expect(run.output.stdout.contains("Citation 1 · 2. Défis?"))
    }

    @Test("a rerun puts the coder's existing codes in the edit line; Enter unchanged writes nothing, a blank line uncodes")
    func rerunPrefills() throws {
        let temporary = try codingCase(Self.answers)
        try code(temporary, lines("ancrage ancrage.mobilisation", "gouvernance"))
        let again = try code(temporary, lines("ancrage ancrage.mobilisation", ""))
        #expect(again.editor.prefills.prefix(2) == ["ancrage ancrage.mobilisation", "gouvernance"])
        #expect(again.codings == [Coding(target: .item("defis", 1), start: 0, end: 9, text: "Bénévoles", codes: [], coder: "ana")])
        let other = try code(temporary, [], coder: "bea")
        #expect(other.editor.prefills == [""], "another coder's codes are not theirs")
    }

    @Test("/suivant goes to the next text this coder has not coded; /retour to the previous one")
    func nextUncoded() throws {
        let temporary = try codingCase(Self.answers)
        try code(temporary, lines("ancrage", "", "gouvernance"))
        let run = try code(temporary, lines("/suivant", "ancrage", "/retour", "/retour", "/pause"))
        // From mission: item 1 (never coded), coded; at item 2 (coded), back to item 1, then mission.
        #expect(run.codings.map(\.target) == [.item("defis", 1)])
        #expect(run.editor.prefills == ["ancrage", "", "gouvernance", "ancrage", "ancrage"])
        #expect(run.outcome == .paused)
    }

    @Test("/segment codes a part of the text with its code-point span and stays on the same text")
    func segments() throws {
        let run = try code(try codingCase(Self.answers), lines("/segment « ensemble »", "gouvernance", "/segment avec … Plateau",
                                                               "ancrage.mobilisation", "ancrage"))
        #expect(run.codings.map(\.text) == ["ensemble", "avec les citoyen·ne·s du Plateau", Self.mission])
        #expect(run.codings.map(\.start) == [24, 37, 0])
        #expect(run.codings.map(\.end) == [32, 69, 70])
        #expect(run.output.stdout.contains("Segment « ensemble » : gouvernance"))
        #expect(run.output.stdout.contains("1 passage codé, 2 segments."))
    }

    @Test("on a terminal an unknown id is named with a suggestion and asked again with the line kept; nothing is written")
    func unknownAskedAgain() throws {
        let run = try code(try codingCase(Self.answers), lines("gouvernanse", "gouvernance", "/pause"))
        #expect(run.output.stderr.contains("« gouvernanse » n'est pas dans le livre de codes : vouliez-vous dire « gouvernance »?"))
        #expect(run.editor.prefills.prefix(2) == ["", "gouvernanse"])
        #expect(run.codings.map(\.codes) == [["gouvernance"]])
    }

    @Test("piped, an unknown id or a phrase not in the text is reported with its line, and the next line is read for the same text")
    func pipedRefusalAsksAgain() throws {
        let temporary = try codingCase(Self.answers)
        let run = try code(temporary, lines("ancrage", "gouvernanse", "gouvernance"), interactive: false)
        #expect(run.output.stderr.contains("Ligne 2 de l'entrée : « gouvernanse » n'est pas dans le livre de codes"))
        #expect(run.codings.map(\.codes) == [["ancrage"], ["gouvernance"]])
        #expect(run.codings.map(\.target.question) == ["mission", "defis"])
        let segment = try code(temporary, lines("/segment « tomates »", "/pause"), interactive: false)
        #expect(segment.output.stderr.contains("Ligne 1 de l'entrée : « tomates » n'est pas dans ce texte."))
    }

    @Test("Tab at the codes prompt offers the codebook ids, one after another, and the commands")
    func completion() throws {
        let run = try code(try codingCase(Self.answers), [])
        let completion = try #require(run.editor.completionsSeen.first)
        #expect(completion.complete("gouv").replacement == "gouvernance")
        #expect(completion.complete("ancrage mob").replacement == "ancrage mob")
        #expect(completion.complete("ancrage ancrage.m").replacement == "ancrage ancrage.mobilisation")
        #expect(completion.complete("/sui").replacement == "/suivant")
    }

    @Test("a case with no text to code says so and ends")
    func nothingToCode() throws {
        let run = try code(try codingCase([]), [])
        #expect(run.outcome == .completed)
        #expect(run.output.stderr.isEmpty && run.output.stdout.contains("aucun texte à coder"))
    }
}
