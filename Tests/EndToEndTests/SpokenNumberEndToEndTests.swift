import Foundation
import Testing

/// Piped interviews answering a number as people say it (`6 employés`, `plus de 200`): the
/// number is the value, and the words reach the journal, the record the schema accepts, the long
/// CSV and the fiche; a number typed plainly leaves no trace of them.
@Suite("Numbers as people say them, end to end", .serialized)
struct SpokenNumberEndToEndTests {
    private let environment: TestEnvironment

    init() throws {
        environment = try TestEnvironment()
        try SmallGrid.write(in: environment)
    }

    /// The small grid answered through, with `employes` typed as `employees`.
    private func interview(_ caseID: String, employees: String) throws {
        let input = "Coop\nA\nB\n\noui\nFiducie\n2\n\(employees)\n"
        let result = try environment.run(SmallGrid.newArguments(environment, caseID: caseID), stdin: input, timeout: 10)
        try #require(result.status == 0, "new \(caseID): \(result.stderr)")
    }

    private func journalLine(_ caseID: String, question: String) throws -> String {
        let text = try String(contentsOfFile: JournalFile.path(environment, caseID), encoding: .utf8)
        return try #require(text.split(separator: "\n").last { $0.contains("\"question\":\"\(question)\"") }.map(String.init))
    }

    private func export(_ arguments: [String]) throws -> String {
        let result = try environment.run(["export"] + arguments, timeout: 30)
        try #require(result.status == 0, "export \(arguments): \(result.stderr)")
        return result.stdout
    }

    @Test("6 employés is journaled as 6 with no words; plus de 200 as 200 with its words beside it")
    func journal() throws {
        defer { environment.remove() }
        try interview("six", employees: "6 employés")
        try interview("deux-cents", employees: "plus de 200")
        let six = try journalLine("six", question: "employes")
        #expect(six.contains(#""value":6}"#) && !six.contains("said"), "\(six)")
        let twoHundred = try journalLine("deux-cents", question: "employes")
        #expect(twoHundred.contains(#""question":"employes","said":"plus de 200","seconds":"#), "\(twoHundred)")
        #expect(twoHundred.hasSuffix(#""value":200}"#), "\(twoHundred)")
    }

    @Test("The record keeps the number as value and the words as said, and the published schema accepts it")
    func record() throws {
        defer { environment.remove() }
        try interview("deux-cents", employees: "plus de 200")
        try interview("six", employees: "6 employés")
        let json = try export(["deux-cents", "six", "--format", "jsonl"])
        let records = try json.split(separator: "\n").map {
            try #require(try JSONSerialization.jsonObject(with: Data($0.utf8)) as? [String: Any])
        }
        let employees = records.map { record in
            (record["sections"] as? [[String: Any]] ?? []).flatMap { $0["questions"] as? [[String: Any]] ?? [] }
                .first { $0["id"] as? String == "employes" } ?? [:]
        }
        #expect(employees[0]["value"] as? Int == 200 && employees[0]["said"] as? String == "plus de 200")
        #expect(employees[1]["value"] as? Int == 6 && employees[1]["said"] == nil)

        let python = try #require(PythonChecker.found, "\(PythonChecker.missingMessage)")
        let schema = try environment.run(["schema"], timeout: 10)
        let schemaPath = environment.path("schema.json"), recordsPath = environment.path("records.jsonl")
        try schema.stdout.write(toFile: schemaPath, atomically: true, encoding: .utf8)
        try json.write(toFile: recordsPath, atomically: true, encoding: .utf8)
        let (problems, count) = try python.validate(recordsAt: recordsPath, schemaAt: schemaPath, lines: true)
        #expect(problems == [] && count == 2)
    }

    @Test("The schema refuses words on an answer that is not a number")
    func schemaRefusesWordsOnText() throws {
        defer { environment.remove() }
        try interview("deux-cents", employees: "plus de 200")
        let json = try export(["deux-cents", "--format", "json"])
        let wrong = json.replacingOccurrences(of: "\"value\" : \"Coop\"", with: "\"said\" : \"plus de 200\", \"value\" : \"Coop\"")
        try #require(wrong != json, "the record's text answer was not found")
        let python = try #require(PythonChecker.found, "\(PythonChecker.missingMessage)")
        let schema = try environment.run(["schema"], timeout: 10)
        let schemaPath = environment.path("schema.json"), recordPath = environment.path("record.json")
        try schema.stdout.write(toFile: schemaPath, atomically: true, encoding: .utf8)
        try wrong.write(toFile: recordPath, atomically: true, encoding: .utf8)
        let (problems, _) = try python.validate(recordsAt: recordPath, schemaAt: schemaPath, lines: false)
        #expect(!problems.isEmpty)
    }

    @Test("The long CSV has the words in its said column and the number in value; the fiche shows the words with the unit")
    func csvAndFiche() throws {
        defer { environment.remove() }
        try interview("deux-cents", employees: "plus de 200")
        try interview("six", employees: "6 employés")
        let long = try export(["deux-cents", "six", "--format", "csv", "--long"])
        let path = environment.path("long.csv")
        try long.write(toFile: path, atomically: true, encoding: .utf8)
        let rows = try #require(PythonChecker.found, "\(PythonChecker.missingMessage)").csvRows(at: path)
        let header = try #require(rows.first)
        #expect(header.last == "said")
        let employees = rows.filter { $0.count > 4 && $0[4] == "employes" }
        #expect(employees.map { $0[9] } == ["200", "6"])
        #expect(employees.map { $0[header.count - 1] } == ["plus de 200", ""])
        #expect(rows.filter { $0.count > 4 && $0[4] == "nom" }.allSatisfy { $0.last == "" })

        let fiche = try export(["deux-cents", "--format", "markdown"])
        #expect(fiche.contains("plus de 200\u{00A0}employé·e·s"), "\(fiche)")
        let plain = try export(["six", "--format", "markdown"])
        #expect(plain.contains("6\u{00A0}employé·e·s"), "\(plain)")
    }

    @Test("A number said with words is put back as typed in the edit line by /retour")
    func wordsComeBackOnRetour() throws {
        defer { environment.remove() }
        // `/retour` after the last answer goes back to it; an empty line keeps it; then the end.
        let input = "Coop\nA\n\nnon\n2\nenviron 60\n/retour\n\n"
        let result = try environment.run(SmallGrid.newArguments(environment, caseID: "retour"), stdin: input, timeout: 10)
        try #require(result.status == 0, "\(result.stderr)")
        let line = try journalLine("retour", question: "employes")
        #expect(line.contains(#""said":"environ 60""#) && line.hasSuffix(#""value":60}"#), "\(line)")
    }
}
