import Foundation
import Testing

/// Long answers at an 80-column terminal, read off a real terminal emulator (tmux): typed past
/// the edge, edited, submitted and brought back, they stay whole, in order and wrapped.
@Suite(.serialized)
struct LongAnswerScreenTests {
    /// About 300 characters of what people type: accents, `·e·s`, « », an emoji.
    static let longAnswer = (1...5).map { "Élan n°\($0) : les employé·e·s « engagé·e·s » de la coopérative 😀 ont tenu" }
        .joined(separator: ", ")

    @Test func aLongAnswerTypedAndEditedIsOnScreenWholeWrappedAndSavedAsSeen() throws {
        let environment = try TestEnvironment()
        defer { environment.remove() }
        guard let screen = try TmuxScreen.start(environment, ["new", "--case", "long"]) else { return }
        defer { screen.close() }
        #expect(Self.longAnswer.count >= 300)
        try screen.wait(for: "›")
        try screen.type(Self.longAnswer)
        try screen.press("C-a")
        try screen.type("Début ")
        try screen.press("C-e")
        try screen.type(" brouillon")
        try screen.press("C-w")
        try screen.type("ajout fin")
        try screen.press("M-b", "C-k")
        try screen.type("final.")
        let expected = "Début " + Self.longAnswer + " ajout final."
        try screen.wait(for: "› " + expected)
        try screen.press("Enter")
        try screen.wait(for: "2. ")

        let rows = try screen.rows()
        let answerRows = Self.rows(of: expected, in: rows)
        #expect(answerRows.count >= 4, "the answer wraps over several rows: \(rows)")
        #expect(answerRows.allSatisfy { !$0.hasPrefix("<") && !$0.hasSuffix(">") }, "no sideways-scroll marks: \(answerRows)")
        let echoed = try screen.rows(joined: true).joined(separator: "\n")
        #expect(echoed.contains("› " + expected + "\n"), "the echo after Enter keeps the whole answer: \(echoed)")

        try screen.line("/retour")
        try screen.wait(for: "› " + expected, times: 2)
        #expect(try JournalFile(environment, "long").lastAnswer("nom_organisation") as? String == expected)
    }

    @Test func ctrlAThenCtrlKLeavesNoFragmentAndCtrlLShowsTheLineOnce() throws {
        let environment = try TestEnvironment()
        defer { environment.remove() }
        guard let screen = try TmuxScreen.start(environment, ["new", "--case", "edit"]) else { return }
        defer { screen.close() }
        try screen.wait(for: "›")
        try screen.type(Self.longAnswer)
        try screen.wait(for: Self.longAnswer)
        try screen.press("C-a", "C-k")
        try screen.type("court")
        try screen.wait(for: "› court")
        let afterKill = try screen.rows(joined: true).joined(separator: "\n")
        #expect(!afterKill.contains("Élan"), "nothing of the killed line is left: \(afterKill)")

        try screen.type(" " + Self.longAnswer)
        try screen.press("C-l")
        let line = "› court " + Self.longAnswer
        try screen.wait(for: line)
        let redrawn = try screen.rows(joined: true).joined(separator: "\n")
        #expect(redrawn.components(separatedBy: "Élan n°3").count - 1 == 1, "shown once: \(redrawn)")
    }

    /// The screen rows from the prompt row where `text` starts, as many as it takes to hold it.
    static func rows(of text: String, in rows: [String]) -> [String] {
        guard let start = rows.firstIndex(where: { $0.hasPrefix("› " + text.prefix(20)) }) else { return [] }
        var taken: [String] = []
        var length = 0
        for row in rows[start...] where length < text.count + 2 {
            taken.append(row)
            length += row.count
        }
        return taken
    }
}
