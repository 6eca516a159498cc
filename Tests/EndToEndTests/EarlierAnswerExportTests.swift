import Foundation
import Testing

/// A case where an answer stops applying (the yes/no before it changed to no) exports a JSON
/// record that keeps that answer under `earlier` and that the published schema accepts; the
/// wide CSV shows `[n/a]`, the long CSV `not_applicable` with no value, and the fiche leaves it out.
@Suite("Exporting answers that stop applying", .serialized)
struct EarlierAnswerExportTests {
    private let environment: TestEnvironment

    /// Answers `sources` (« Fiducie du Chantier 🌱 »), goes back to `financement` to say no, then
    /// refuses `statut` and gives the number of employees.
    private static let input = "Coop\nA\nB\n\noui\nFiducie du Chantier 🌱\n/aller 3\nnon\n/refus\n12\n"

    init() throws {
        environment = try TestEnvironment()
        try SmallGrid.write(in: environment)
        let result = try environment.run(SmallGrid.newArguments(environment, caseID: "revu"), stdin: Self.input, timeout: 10)
        try #require(result.status == 0, "new: \(result.stderr)")
    }

    private func export(_ arguments: [String]) throws -> String {
        let result = try environment.run(["export", "revu"] + arguments, timeout: 30)
        #expect(result.status == 0, "export \(arguments): \(result.stderr)")
        return result.stdout
    }

    private func checkPath(_ name: String) throws -> String {
        let folder = environment.path("checks")
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        return folder + "/\(UUID().uuidString)-\(name)"
    }

    @Test("The JSON record keeps the earlier answer of the question that stopped applying, and the schema accepts it")
    func jsonKeepsIt() throws {
        defer { environment.remove() }
        let json = try export(["--format", "json"])
        let record = try #require(try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any])
        let questions = (record["sections"] as? [[String: Any]] ?? []).flatMap { $0["questions"] as? [[String: Any]] ?? [] }
        let sources = try #require(questions.first { $0["id"] as? String == "sources" })
        #expect(sources["status"] as? String == "not_applicable")
        #expect(sources["value"] == nil)
        let earlier = try #require(sources["earlier"] as? [String: Any])
        #expect(earlier["status"] as? String == "answered")
        #expect(earlier["value"] as? String == "Fiducie du Chantier 🌱")
        #expect(earlier["answered_at"] is String)

        let python = try #require(PythonChecker.found, "\(PythonChecker.missingMessage)")
        let schema = try environment.run(["schema"], timeout: 10)
        let schemaPath = try checkPath("schema.json"), recordPath = try checkPath("record.json")
        try schema.stdout.write(toFile: schemaPath, atomically: true, encoding: .utf8)
        try json.write(toFile: recordPath, atomically: true, encoding: .utf8)
        let (problems, count) = try python.validate(recordsAt: recordPath, schemaAt: schemaPath, lines: false)
        #expect(problems == [], "the schema refuses the record")
        #expect(count == 1)
    }

    @Test("The wide CSV shows not_applicable in the status column and no value, the long CSV the same, and the fiche leaves the earlier answer out")
    func otherFormatsLeaveItOut() throws {
        defer { environment.remove() }
        let python = try #require(PythonChecker.found, "\(PythonChecker.missingMessage)")
        for (arguments, name) in [(["--format", "csv"], "wide.csv"), (["--format", "csv", "--long"], "long.csv")] {
            let text = try export(arguments)
            #expect(!text.contains("Fiducie"), "\(name)")
            let path = try checkPath(name)
            try text.write(toFile: path, atomically: true, encoding: .utf8)
            let rows = try python.csvRows(at: path)
            let header = try #require(rows.first)
            if name == "wide.csv" {
                let column = try #require(header.firstIndex(of: "sources"))
                #expect(rows.last?[column] == "")
                #expect(header[column + 1] == "sources_status")
                #expect(rows.last?[column + 1] == "not_applicable")
            } else {
                let row = try #require(rows.first { $0.count > 9 && $0[4] == "sources" })
                #expect(row[7] == "not_applicable")
                #expect(row[9] == "")
            }
        }
        #expect(!(try export(["--format", "markdown"])).contains("Fiducie"))
    }
}
