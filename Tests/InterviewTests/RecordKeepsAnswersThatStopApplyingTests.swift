import Foundation
import Grid
@testable import Interview
import Testing

/// An answer that stops applying after an earlier answer changes stays in the JSON case record,
/// under the question's `earlier`, with the question not applicable: nothing said disappears.
/// The interviews run through the session and its journal; the record is read as JSON, as the
/// research team reads it.
@Suite("The case record keeps answers that stop applying")
struct RecordKeepsAnswersThatStopApplyingTests {
    let loaded: LoadedGrid

    init() throws {
        loaded = try TestGrids.essai()
    }

    /// The JSON record of the case's journal, parsed.
    private func record(_ temporary: TemporaryCase) throws -> [String: Any] {
        let record = CaseRecordBuilder().record(journal: try temporary.journal(), grid: loaded)
        let json = try JSONSerialization.jsonObject(with: Data(record.jsonText(pretty: true).utf8))
        return try #require(json as? [String: Any])
    }

    /// The question with this id in a parsed record.
    private func question(_ id: String, _ record: [String: Any]) throws -> [String: Any] {
        let sections = record["sections"] as? [[String: Any]] ?? []
        let questions = sections.flatMap { $0["questions"] as? [[String: Any]] ?? [] }
        return try #require(questions.first { $0["id"] as? String == id }, "no question \(id)")
    }

    @Test("An answer whose condition turns false when the yes/no before it changes to no stays in the record, not applicable")
    func conditionTurnsFalse() throws {
        let temporary = TemporaryCase(grid: loaded)
        try interview(temporary, essaiAnswers(before: 12) + lines("Caisse d'économie « Desjardins » 🌱", "/retour", "/retour", "non"))
        let sources = try question("sources", try record(temporary))
        #expect(sources["status"] as? String == "not_applicable")
        #expect(sources["value"] == nil, "a value is only for an answer that counts")
        #expect(sources["answered_at"] == nil && sources["seconds"] == nil)
        let earlier = try #require(sources["earlier"] as? [String: Any], "the earlier answer is kept")
        #expect(earlier["status"] as? String == "answered")
        #expect(earlier["value"] as? String == "Caisse d'économie « Desjardins » 🌱")
        #expect(earlier["answered_at"] is String)
        #expect(earlier["seconds"] is NSNumber)
        let solidaire = try question("solidaire", try record(temporary))
        #expect(solidaire["value"] as? Bool == false)
        #expect(solidaire["earlier"] == nil, "an answer that counts has no earlier one")
    }

    @Test("A rank whose source list is then skipped stays in the record, not applicable, with its ranked items in order")
    func rankSourceEmptied() throws {
        let temporary = TemporaryCase(grid: loaded)
        try interview(temporary, lines("Coop", "Bénévoles", "Main-d'œuvre", "", "2 1", "/aller 2", "/passer"))
        let classement = try question("classement", try record(temporary))
        #expect(classement["status"] as? String == "not_applicable")
        let earlier = try #require(classement["earlier"] as? [String: Any])
        #expect(earlier["status"] as? String == "answered")
        #expect(earlier["value"] as? [String] == ["Main-d'œuvre", "Bénévoles"])
    }

    @Test("A rank sent back to unanswered because a ranked item left its source keeps the earlier ranking")
    func rankedItemLeft() throws {
        let temporary = TemporaryCase(grid: loaded)
        try interview(temporary, essaiAnswers(before: 4) + lines("/aller 2", "Bénévoles", "", "Serre", ""))
        let classement = try question("classement", try record(temporary))
        #expect(classement["status"] as? String == "unanswered")
        #expect(classement["value"] == nil)
        let earlier = try #require(classement["earlier"] as? [String: Any])
        #expect(earlier["value"] as? [String] == ["Local", "Bénévoles"])
    }

    @Test("A refusal or a skip that stops applying is kept as such, without a value")
    func specialAnswerStopsApplying() throws {
        let temporary = TemporaryCase(grid: loaded)
        try interview(temporary, essaiAnswers(before: 12) + lines("/refus", "/retour", "/retour", "non"))
        let refused = try #require(try question("sources", try record(temporary))["earlier"] as? [String: Any])
        #expect(refused["status"] as? String == "refused")
        #expect(refused["value"] == nil)

        let skipping = TemporaryCase(grid: loaded)
        try interview(skipping, essaiAnswers(before: 12) + lines("/passer", "/retour", "/retour", "non"))
        let skipped = try #require(try question("sources", try record(skipping))["earlier"] as? [String: Any])
        #expect(skipped["status"] as? String == "skipped")
        #expect(skipped["value"] == nil)
    }

    @Test("A question never answered that does not apply has no earlier answer")
    func neverAnswered() throws {
        let temporary = TemporaryCase(grid: loaded)
        try interview(temporary, essaiAnswers(before: 11) + lines("non", "Fin"))
        let sources = try question("sources", try record(temporary))
        #expect(sources["status"] as? String == "not_applicable")
        #expect(sources["earlier"] == nil)
    }

    @Test("An answer that counts again when its condition holds again is the value, with no earlier one")
    func appliesAgain() throws {
        let temporary = TemporaryCase(grid: loaded)
        try interview(temporary, essaiAnswers(before: 12) + lines("Caisse", "/retour", "/retour", "non", "/aller 11", "oui"))
        let sources = try question("sources", try record(temporary))
        #expect(sources["status"] as? String == "answered")
        #expect(sources["value"] as? String == "Caisse")
        #expect(sources["earlier"] == nil)
    }
}
