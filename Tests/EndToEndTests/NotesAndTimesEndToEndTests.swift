import Foundation
import Testing

/// Notes corrected and removed, markers and answer times, from a real interview to the record,
/// `show --times` and `export --format markdown --with-times --with-notes`.
@Suite("Notes and times end to end", .serialized)
struct NotesAndTimesEndToEndTests {
    private let environment: TestEnvironment

    init() throws {
        environment = try TestEnvironment()
        try SmallGrid.write(in: environment)
    }

    /// The small grid answered through a pipe, with notes corrected and removed and two markers.
    private static let input = [
        "/note nom à vérifier", "/citation « On est partis de rien »", "/note troisième", "/corriger 1 nom vérifié", "/retirer 3",
        "/repère début de l'histoire", "Coop « Chez nous »", "A", "", "oui", "Fiducie", "/mark rire", "2", "12",
    ].joined(separator: "\n") + "\n"

    private func interview() throws {
        let result = try environment.run(SmallGrid.newArguments(environment, caseID: "coop"), stdin: Self.input, timeout: 10)
        try #require(result.status == 0, "new coop: \(result.stderr)")
    }

    @Test("note_edit and mark events are journaled, and the record has the corrected notes, the markers and each answer's offset, as the schema says")
    func record() throws {
        defer { environment.remove() }
        try interview()
        #expect(try JournalFile(environment, "coop").kinds.filter { $0 == "note_edit" || $0 == "mark" } == ["note_edit", "note_edit", "mark", "mark"])
        let export = try environment.run(["export", "coop", "--format", "json"], timeout: 10)
        try #require(export.status == 0, "\(export.stderr)")
        let record = try #require(try JSONSerialization.jsonObject(with: Data(export.stdout.utf8)) as? [String: Any])
        let questions = (record["sections"] as? [[String: Any]] ?? []).flatMap { $0["questions"] as? [[String: Any]] ?? [] }
        let name = try #require(questions.first { $0["id"] as? String == "nom" })
        #expect((name["notes"] as? [[String: Any]])?.compactMap { $0["text"] as? String } == ["nom vérifié"])
        #expect((name["quotes"] as? [[String: Any]])?.compactMap { $0["text"] as? String } == ["« On est partis de rien »"])
        for question in questions where question["answered_at"] != nil {
            let offset = try #require(question["offset"] as? String, "\(question["id"] ?? "?")")
            #expect(offset.range(of: #"^\d{2}:\d{2}:\d{2}$"#, options: .regularExpression) != nil)
        }
        let marks = try #require(record["marks"] as? [[String: Any]])
        #expect(marks.compactMap { $0["text"] as? String } == ["début de l'histoire", "rire"])
        #expect(marks.compactMap { $0["question"] as? String } == ["nom", "statut"])

        let python = try #require(PythonChecker.found, "\(PythonChecker.missingMessage)")
        let schema = try environment.run(["schema"], timeout: 10)
        let schemaPath = environment.path("schema.json"), recordPath = environment.path("record.json")
        try schema.stdout.write(toFile: schemaPath, atomically: true, encoding: .utf8)
        try export.stdout.write(toFile: recordPath, atomically: true, encoding: .utf8)
        let (problems, count) = try python.validate(recordsAt: recordPath, schemaAt: schemaPath, lines: false)
        #expect(problems == [] && count == 1)
    }

    @Test("export --with-times shows each answer's time and the markers, --with-notes the corrected notes; without them neither")
    func fiche() throws {
        defer { environment.remove() }
        try interview()
        let timed = try environment.run(["export", "coop", "--format", "markdown", "--with-times", "--with-notes"], timeout: 10)
        try #require(timed.status == 0, "\(timed.stderr)")
        #expect(timed.stdout.range(of: #"Fiducie\n\n\*\d{2}:\d{2}:\d{2}\*\n"#, options: .regularExpression) != nil)
        #expect(timed.stdout.range(of: #"## Repères de l'enregistrement\n\n- \d{2}:\d{2}:\d{2} — début de l'histoire \(Nom de l'organisme\?\)\n- \d{2}:\d{2}:\d{2} — rire \(Statut\?\)\n"#,
                                   options: .regularExpression) != nil, "\(timed.stdout)")
        #expect(timed.stdout.contains("Note : nom vérifié"))
        #expect(!timed.stdout.contains("à vérifier") && !timed.stdout.contains("troisième"))
        let plain = try environment.run(["export", "coop", "--format", "markdown"], timeout: 10)
        #expect(!plain.stdout.contains("Repères") && plain.stdout.range(of: #"\*\d{2}:\d{2}:\d{2}\*"#, options: .regularExpression) == nil)
        let refused = try environment.run(["export", "coop", "--format", "json", "--with-times"], timeout: 10)
        #expect(refused.status == 64)
    }

    @Test("show --times shows the answers' times and the markers in the terminal")
    func show() throws {
        defer { environment.remove() }
        try interview()
        let shown = try environment.run(["show", "coop", "--times"], timeout: 10)
        try #require(shown.status == 0, "\(shown.stderr)")
        #expect(shown.stdout.contains("Repères de l'enregistrement"))
        #expect(shown.stdout.range(of: #"\d{2}:\d{2}:\d{2}"#, options: .regularExpression) != nil)
        #expect(!(try environment.run(["show", "coop"], timeout: 10)).stdout.contains("Repères"))
    }
}
