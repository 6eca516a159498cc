import Foundation
import Testing

/// What the session shows at a real terminal (tmux): texts wrapped at word boundaries, the
/// pause on its own line with the command that resumes, the confirmation of an early end,
/// and the case's language on resume.
@Suite(.serialized)
struct SessionScreenTests {
    @Test(arguments: [80, 120])
    func questionTextsWrapAtWordBoundariesWithAHangingIndent(width: Int) throws {
        let environment = try TestEnvironment()
        defer { environment.remove() }
        guard let screen = try TmuxScreen.start(environment, ["new", "--case", "wrap"], width: width) else { return }
        defer { screen.close() }
        try screen.wait(for: "›")
        for answer in ["Coop", "Marie", "Directrice"] { try screen.line(answer) }
        let rows = try screen.wait(for: "4. Acceptez")
        let screenRows = try screen.rows()
        #expect(screenRows.allSatisfy { $0.count <= width })
        let words = screenRows.flatMap { $0.split(separator: " ") }.map(String.init)
        for word in ["consignées", "l'entreprise/organisme.", "développement"] {
            #expect(words.contains(word), "'\(word)' is whole on screen: \(screenRows)")
        }
        if width == 80 {
            #expect(screenRows.contains { $0.hasPrefix("   consignées à des fins") }, "hanging indent: \(screenRows)")
            #expect(screenRows.contains { $0.hasPrefix("     développement") })
        }
        _ = rows
    }

    @Test func ctrlDSaysThePauseOnItsOwnLineWithTheCommandThatResumes() throws {
        let environment = try TestEnvironment(term: "dumb")
        defer { environment.remove() }
        guard let screen = try TmuxScreen.start(environment, ["new", "--case", "pause"]) else { return }
        defer { screen.close() }
        try screen.wait(for: "›")
        try screen.press("C-d")
        let rows = try screen.wait(for: "Entretien en pause")
        let message = "Entretien en pause. Pour reprendre : interview resume pause --responses \(environment.responses)"
        #expect(rows.contains(message), "on its own line, with --responses: \(rows)")
    }

    @Test func refusingTheConsentIsConfirmedBeforeTheInterviewEnds() throws {
        let environment = try TestEnvironment()
        defer { environment.remove() }
        guard let screen = try TmuxScreen.start(environment, ["new", "--case", "consent"]) else { return }
        defer { screen.close() }
        try screen.wait(for: "›")
        for answer in ["Coop", "Marie", "Directrice"] { try screen.line(answer) }
        try screen.wait(for: "4. Acceptez")
        try screen.line("non")
        try screen.wait(for: "Cette réponse met fin à l'entretien")
        try screen.line("n")
        try screen.wait(for: "L'entretien continue.")
        #expect(try JournalFile(environment, "consent").lastAnswer("consentement_entretien") == nil)
        try screen.line("non")
        try screen.wait(for: "Confirmer? (o/n)", times: 2)
        try screen.line("o")
        try screen.wait(for: "Entretien terminé")
        #expect(try JournalFile(environment, "consent").lastAnswer("consentement_entretien") as? Bool == false)
    }

    @Test func aCaseStartedInEnglishResumesInEnglish() throws {
        let environment = try TestEnvironment()
        defer { environment.remove() }
        guard let first = try TmuxScreen.start(environment, ["new", "--case", "english", "--lang", "en"]) else { return }
        defer { first.close() }
        try first.wait(for: "›")
        try first.press("C-d")
        try first.wait(for: "Interview paused")
        guard let second = try TmuxScreen.start(environment, ["resume", "english"]) else { return }
        defer { second.close() }
        try second.wait(for: "Resuming case english")
        try second.press("C-d")
        try second.wait(for: "Interview paused")
        guard let forced = try TmuxScreen.start(environment, ["resume", "english", "--lang", "fr"]) else { return }
        defer { forced.close() }
        try forced.wait(for: "Reprise du cas english")
    }
}
