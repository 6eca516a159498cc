import Foundation
import Testing

/// The published schema ties each answer's `value` (and `earlier.value`) to its question's type:
/// the records `interview export` writes for every type are accepted, and the same records with
/// one value of the wrong shape are refused, family by family.
@Suite("The case-record schema ties values to question types", .serialized)
struct RecordSchemaTests {
    private let environment: TestEnvironment

    init() throws {
        environment = try TestEnvironment()
        try EveryTypeGrid.write(in: environment)
    }

    /// A value of the wrong shape for a question of one type family.
    struct BrokenValue: Sendable, CustomTestStringConvertible {
        let family: String
        let question: String
        /// The wrong value, as JSON.
        let json: String
        var testDescription: String { "\(family): \(question) = \(json)" }
    }

    static let broken: [BrokenValue] = [
        BrokenValue(family: "yes/no", question: "ouinon", json: #""peut-être""#),
        BrokenValue(family: "integer", question: "entier", json: #""beaucoup""#),
        BrokenValue(family: "integer", question: "entier", json: "12.5"),
        BrokenValue(family: "year", question: "annee", json: "20210"),
        BrokenValue(family: "year", question: "annee", json: #""2021""#),
        BrokenValue(family: "decimal", question: "decimal", json: #""2,5""#),
        BrokenValue(family: "percent", question: "pourcent", json: #""12,5 %""#),
        BrokenValue(family: "money", question: "argent", json: "true"),
        BrokenValue(family: "text", question: "texte", json: "42"),
        BrokenValue(family: "text", question: "texte", json: #""""#),
        BrokenValue(family: "date", question: "jour", json: #""29 février 2024""#),
        BrokenValue(family: "e-mail", question: "courriel", json: #""zoé chez exemple.org""#),
        BrokenValue(family: "phone", question: "tel", json: "4185550101"),
        BrokenValue(family: "url", question: "site", json: #""exemple .org""#),
        BrokenValue(family: "choice", question: "choix", json: #""OBNL""#),
        BrokenValue(family: "multichoice", question: "plusieurs", json: #""Serre""#),
        BrokenValue(family: "multichoice", question: "plusieurs", json: "[]"),
        BrokenValue(family: "list", question: "liste", json: #""Locaux ; équipements""#),
        BrokenValue(family: "rank", question: "rang", json: #"[{"id": "serre", "label": "Serre"}]"#),
    ]

    // MARK: - Helpers

    /// Interviews `caseID` on the every-type grid with `input` and returns its JSON record.
    private func record(_ caseID: String, _ input: String) throws -> [String: Any] {
        let new = try environment.run(["new", "--grid", environment.path(EveryTypeGrid.fileName), "--case", caseID],
                                      stdin: input, timeout: 20)
        try #require(new.status == 0, "new \(caseID): \(new.stderr)")
        let export = try environment.run(["export", caseID, "--format", "json"], timeout: 20)
        try #require(export.status == 0, "export \(caseID): \(export.stderr)")
        return try #require(try JSONSerialization.jsonObject(with: Data(export.stdout.utf8)) as? [String: Any])
    }

    /// The schema's problems with each record, the records written as JSON Lines.
    private func problems(_ records: [[String: Any]]) throws -> [String] {
        let python = try #require(PythonChecker.found, "\(PythonChecker.missingMessage)")
        let folder = environment.path("checks")
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        let schema = try environment.run(["schema"], timeout: 10)
        try #require(schema.status == 0, "interview schema: \(schema.stderr)")
        let schemaPath = folder + "/schema.json", recordsPath = folder + "/\(UUID().uuidString).jsonl"
        try schema.stdout.write(toFile: schemaPath, atomically: true, encoding: .utf8)
        let lines = try records.map { String(decoding: try JSONSerialization.data(withJSONObject: $0), as: UTF8.self) }
        try (lines.joined(separator: "\n") + "\n").write(toFile: recordsPath, atomically: true, encoding: .utf8)
        let (problems, count) = try python.validate(recordsAt: recordsPath, schemaAt: schemaPath, lines: true)
        #expect(count == records.count)
        return problems
    }

    /// `record` with `change` applied to the question `id`.
    private func changing(_ id: String, in record: [String: Any], _ change: (inout [String: Any]) -> Void) -> [String: Any] {
        var record = record
        var sections = record["sections"] as? [[String: Any]] ?? []
        for s in sections.indices {
            var questions = sections[s]["questions"] as? [[String: Any]] ?? []
            for q in questions.indices where questions[q]["id"] as? String == id { change(&questions[q]) }
            sections[s]["questions"] = questions
        }
        record["sections"] = sections
        return record
    }

    private func question(_ id: String, _ record: [String: Any]) -> [String: Any]? {
        (record["sections"] as? [[String: Any]] ?? []).flatMap { $0["questions"] as? [[String: Any]] ?? [] }
            .first { $0["id"] as? String == id }
    }

    /// Whether a problem is about `path` (a question's `value`, `earlier/value`) or inside it.
    private static func isAt(_ path: String, _ problem: String) -> Bool {
        let at = problem.prefix { $0 != ":" }
        return at.hasSuffix("/" + path) || at.contains("/" + path + "/")
    }

    // MARK: - Tests

    @Test("A record answering each of the fifteen types, as typed at the keyboard, is accepted, each value of its type's JSON kind")
    func everyTypeAnswered() throws {
        defer { environment.remove() }
        let record = try record("tout", EveryTypeGrid.answeredInput)
        #expect(question("ouinon", record)?["value"] as? Bool == false)
        #expect((question("entier", record)?["value"] as? NSNumber)?.intValue == 200)
        #expect(question("entier", record)?["said"] as? String == "plus de 200")
        #expect((question("argent", record)?["value"] as? NSNumber)?.doubleValue == 4.5)
        #expect((question("plusieurs", record)?["value"] as? [[String: String]])?.map { $0["id"] } == ["serre", "camion"])
        #expect(question("jour", record)?["value"] as? String == "2024-02-29")
        #expect(try problems([record]) == [])
    }

    @Test("A record whose every typed answer stopped applying keeps them under earlier, each of its type's JSON kind, and is accepted")
    func everyTypeEarlier() throws {
        defer { environment.remove() }
        let record = try record("avant", EveryTypeGrid.earlierInput)
        let earlier = question("annee", record)?["earlier"] as? [String: Any]
        #expect(question("annee", record)?["status"] as? String == "not_applicable")
        #expect((earlier?["value"] as? NSNumber)?.intValue == 2021)
        #expect(try problems([record]) == [])
    }

    @Test("A value of the wrong shape for its question's type is refused, as an answer and as an earlier answer", arguments: broken)
    func wrongShapeRefused(_ broken: BrokenValue) throws {
        defer { environment.remove() }
        let wrong = try #require(try JSONSerialization.jsonObject(with: Data(broken.json.utf8), options: .fragmentsAllowed))
        let answered = changing(broken.question, in: try record("tout", EveryTypeGrid.answeredInput)) { $0["value"] = wrong }
        let earlier = changing(broken.question, in: try record("avant", EveryTypeGrid.earlierInput)) { question in
            var earlier = question["earlier"] as? [String: Any] ?? [:]
            earlier["value"] = wrong
            question["earlier"] = earlier
        }
        let problems = try problems([answered, earlier])
        #expect(problems.contains { $0.hasPrefix("record 1 at sections/1/questions/") && Self.isAt("value", $0) },
                "the answer \(broken.json) is accepted: \(problems)")
        #expect(problems.contains { $0.hasPrefix("record 2 at sections/1/questions/") && Self.isAt("earlier/value", $0) },
                "the earlier answer \(broken.json) is accepted: \(problems)")
    }

    @Test("The built-in grid fully answered, anonymised or not, exports records the tighter schema accepts")
    func builtInGrid() throws {
        defer { environment.remove() }
        let new = try environment.run(["new", "--case", "grenier"], stdin: BuiltInGridAnswers.all, timeout: 30)
        try #require(new.status == 0, "new: \(new.stderr)")
        var records: [[String: Any]] = []
        for extra in [[], ["--anonymise"]] {
            let export = try environment.run(["export", "grenier", "--format", "json"] + extra, timeout: 30)
            try #require(export.status == 0, "export: \(export.stderr)")
            records.append(try #require(try JSONSerialization.jsonObject(with: Data(export.stdout.utf8)) as? [String: Any]))
        }
        #expect(records.first.map { ($0["interview"] as? [String: Any])?["status"] as? String } == "completed")
        #expect(try problems(records) == [])
    }
}
