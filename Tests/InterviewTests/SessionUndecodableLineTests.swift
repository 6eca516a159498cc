import Grid
@testable import Interview
import Testing

/// A piped line that is not UTF-8 stops the session at that line (exit 65), as an invalid
/// answer does, instead of being stored with replacement characters.
@Suite("Piped lines that are not UTF-8")
struct SessionUndecodableLineTests {
    @Test("A line that is not UTF-8 in the middle of a list stops the run at that line, the items before it kept")
    func undecodableListItem() throws {
        let temporary = TemporaryCase(grid: try TestGrids.essai())
        let script = lines("Coop «Nord» 🍎", "Bénévoles") + [.undecodable(byte: 4)] + lines("Local", "")
        let run = try interview(temporary, script, interactive: false)
        guard case .invalidInput(3, "facteurs", let message) = run.outcome else {
            Issue.record("expected invalidInput at line 3 for facteurs, got \(run.outcome)")
            return
        }
        #expect(message == "Ce n'est pas du texte UTF-8 valide (octet 4 de la ligne) ; enregistrez l'entrée en UTF-8.")
        #expect(try temporary.events().withoutSeconds == [
            .answer(question: "nom", value: .text("Coop «Nord» 🍎"), seconds: 0),
            .draft(question: "facteurs", items: ["Bénévoles"], line: nil),
        ])
        #expect(run.editor.remaining == 2)
    }

    @Test("The piped reader finds the first byte that is not UTF-8, counting bytes from 1", arguments: [
        (Array("Coop «Nord» 🍎".utf8), nil), ([], nil), ([0x41, 0xFF], 2), (Array("Bé ".utf8) + [0xED, 0xA0, 0x80], 5),
        ([0xC0, 0xAF], 1), ([0xF4, 0x90, 0x80, 0x80], 1), (Array("🍎".utf8.dropLast()), 1), ([0x41, 0xC3, 0x28], 2),
    ] as [([UInt8], Int?)])
    func firstInvalidByte(bytes: [UInt8], expected: Int?) {
        #expect(PipedLineReader.firstInvalidByte(bytes) == expected)
    }
}
