import Foundation
import Testing

/// `interview export`, `show` and `schema` on cases made by real piped interviews: records the
/// published schema accepts, CSV that Python reads, fiches in the layout of the case book, and
/// failures that write nothing.
@Suite("Exporting cases and showing fiches", .serialized)
struct ExportTests {
    private let environment: TestEnvironment

    init() throws {
        environment = try TestEnvironment()
        try SmallGrid.write(in: environment)
    }

    // MARK: - Interviews

    /// Piped input to the small grid giving every status: `nom` skipped, `defis` don't know,
    /// `financement` no (so `sources` is not applicable), `statut` refused, `employes` left
    /// unanswered when the input ends (the case is paused).
    private static let everyStatusInput = "/passer\n/nsp\nnon\n/refus\n"

    /// The questions of the built-in grid marked `fiche: false`: in the record, never on a fiche.
    private static let offFiche: Set<String> = [
        "consentement_entretien", "consentement_fiche", "municipalite", "mrc", "region", "milieu", "echelle_territoriale",
        "role_systeme_alimentaire", "annee_creation", "sources_revenus", "part_revenus_commerciaux", "financement_solidaire",
        "financement_solidaire_sources", "financement_solidaire_obtenu", "partage_etats_financiers", "besoins_soutien",
    ]

    /// The questions of the built-in grid marked `personal`.
    private static let personalQuestions = ["nom_repondant", "contact_nom", "courriel", "telephone"]

    /// Runs a piped interview on the small grid.
    private func interviewSmall(_ caseID: String, _ input: String = SmallGrid.completeInput) throws {
        let result = try environment.run(SmallGrid.newArguments(environment, caseID: caseID), stdin: input, timeout: 10)
        try #require(result.status == 0, "new \(caseID): \(result.stderr)")
    }

    /// Runs a piped interview on the built-in grid, every question answered, consent `oui`.
    private func interviewBuiltIn(_ caseID: String, interviewer: String? = nil) throws {
        let arguments = ["new", "--case", caseID] + (interviewer.map { ["--interviewer", $0] } ?? [])
        let result = try environment.run(arguments, stdin: BuiltInGridAnswers.all, timeout: 30)
        try #require(result.status == 0, "new \(caseID): \(result.stderr)")
        try #require(try JournalFile(environment, caseID).kinds.last == "complete")
    }

    private func export(_ arguments: [String], environment extra: [String: String] = [:]) throws -> ProcessResult {
        try environment.run(["export"] + arguments, environment: extra, timeout: 30)
    }

    /// Writes garbage over line `number` (1-based) of the case's journal.
    private func corruptLine(_ number: Int, of caseID: String) throws {
        let path = JournalFile.path(environment, caseID)
        var lines = try String(contentsOfFile: path, encoding: .utf8).components(separatedBy: "\n")
        try #require(lines.count > number + 1, "line \(number) must be a middle line")
        lines[number - 1] = "garbage {{{ not an event"
        try lines.joined(separator: "\n").write(toFile: path, atomically: false, encoding: .utf8)
    }

    // MARK: - Reading what export wrote

    /// A Markdown export without its YAML front matter (`---` … `---` and the blank line after).
    private func body(_ markdown: String) -> String {
        guard markdown.hasPrefix("---\n"), let end = markdown.range(of: "\n---\n\n") else { return markdown }
        return String(markdown[end.upperBound...])
    }

    private func object(_ text: String) throws -> [String: Any] {
        try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any], "not a JSON object: \(text)")
    }

    /// Every question of a record, in grid order.
    private func questions(_ record: [String: Any]) -> [[String: Any]] {
        (record["sections"] as? [[String: Any]] ?? []).flatMap { $0["questions"] as? [[String: Any]] ?? [] }
    }

    private func question(_ id: String, _ record: [String: Any]) -> [String: Any]? {
        questions(record).first { $0["id"] as? String == id }
    }

    private func status(_ id: String, _ record: [String: Any]) -> String? {
        question(id, record)?["status"] as? String
    }

    private func value(_ id: String, _ record: [String: Any]) -> Any? {
        question(id, record)?["value"]
    }

    private func interview(_ record: [String: Any]) -> [String: Any] {
        record["interview"] as? [String: Any] ?? [:]
    }

    private func python() throws -> PythonChecker {
        try #require(PythonChecker.found, "\(PythonChecker.missingMessage)")
    }

    /// A new file name in a `checks` folder of the environment (kept apart from the export folder).
    private func checkPath(_ name: String) throws -> String {
        let folder = environment.path("checks")
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        return folder + "/\(UUID().uuidString)-\(name)"
    }

    /// Validates `text` (one record, or JSON Lines) against the schema `interview schema` prints.
    private func expectValid(_ text: String, lines: Bool, records expected: Int,
                             sourceLocation: SourceLocation = #_sourceLocation) throws {
        let python = try python()
        let schema = try environment.run(["schema"], timeout: 10)
        try #require(schema.status == 0, "interview schema: \(schema.stderr)", sourceLocation: sourceLocation)
        let schemaPath = try checkPath("schema.json")
        let recordPath = try checkPath(lines ? "records.jsonl" : "record.json")
        try schema.stdout.write(toFile: schemaPath, atomically: true, encoding: .utf8)
        try text.write(toFile: recordPath, atomically: true, encoding: .utf8)
        let (problems, count) = try python.validate(recordsAt: recordPath, schemaAt: schemaPath, lines: lines)
        #expect(problems == [], "the schema refuses the export", sourceLocation: sourceLocation)
        #expect(count == expected, sourceLocation: sourceLocation)
    }

    /// The rows of CSV text as Python's csv module reads them.
    private func csvRows(_ text: String) throws -> [[String]] {
        let path = try checkPath("export.csv")
        try text.write(toFile: path, atomically: true, encoding: .utf8)
        return try python().csvRows(at: path)
    }

    /// The cell of `row` under the column `name`.
    private func cell(_ name: String, _ row: [String], _ header: [String]) -> String? {
        header.firstIndex(of: name).flatMap { $0 < row.count ? row[$0] : nil }
    }

    /// What the wide CSV should hold for a question of a JSON record: codes, items one per line.
    private func expectedWideCell(_ question: [String: Any]) -> String {
        guard question["status"] as? String == "answered" else { return "" }
        let value = question["value"]
        switch question["type"] as? String {
        case "yesno": return (value as? Bool) == true ? "true" : "false"
        case "integer", "decimal", "percent", "money", "year":
            let number = (value as? NSNumber)?.doubleValue ?? .nan
            return number == number.rounded() ? String(Int64(number)) : String(number)
        case "choice": return (value as? [String: Any])?["id"] as? String ?? "?"
        case "multichoice":
            return (value as? [[String: Any]] ?? []).compactMap { $0["id"] as? String }.joined(separator: "\n")
        case "list", "rank": return (value as? [String] ?? []).joined(separator: "\n")
        default: return value as? String ?? "?"
        }
    }

    /// The names in the environment's folder and in its responses folder (hidden ones included).
    private func folderListing() throws -> [String] {
        let top = try FileManager.default.contentsOfDirectory(atPath: environment.directory).filter { $0 != "checks" }.sorted()
        let responses = try FileManager.default.contentsOfDirectory(atPath: environment.responses).sorted()
        return top + responses.map { "responses/" + $0 }
    }

    private static let wideCaseColumns = ["case", "uuid", "grid", "grid_version", "status", "interviewer", "started", "ended",
                                          "total_seconds"]
    private static let longColumns = ["case", "uuid", "grid", "grid_version", "question", "label", "type", "status", "item",
                                      "value", "answered_at", "seconds", "said"]
    private static let smallGridQuestions = ["nom", "defis", "financement", "sources", "statut", "employes"]

    // MARK: - JSON

    @Test("One case exported as JSON is one pretty-printed record, with typed values, that the schema printed by interview schema accepts")
    func oneCaseAsJSON() throws {
        defer { environment.remove() }
        try interviewSmall("coop")
        let result = try export(["coop", "--format", "json"])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stderr == "")
        #expect(result.stdout.split(separator: "\n").count > 20, "pretty-printed: \(result.stdout)")
        #expect(result.stdout.hasSuffix("}\n"))
        let record = try object(result.stdout)

        let header = try JournalFile(environment, "coop").header
        #expect(record["record_format"] as? Int == 1)
        #expect(record["case"] as? String == "coop")
        #expect(record["uuid"] as? String == header["uuid"] as? String)
        #expect(record["anonymised"] as? Bool == false)
        let grid = record["grid"] as? [String: Any] ?? [:]
        #expect(grid["id"] as? String == "petite")
        #expect(grid["version"] as? Int == 1)
        #expect(grid["title"] as? String == "Petite grille")
        let sha = grid["sha256"] as? String ?? ""
        #expect(sha == header["grid_sha256"] as? String)
        #expect(FileManager.default.fileExists(atPath: environment.responses + "/.grids/\(sha).yaml"),
                "the record names the grid copy the case followed")
        #expect(interview(record)["status"] as? String == "completed")
        #expect(interview(record)["ended"] is String)
        #expect(interview(record)["pauses"] as? Int == 0)

        #expect(questions(record).compactMap { $0["id"] as? String } == Self.smallGridQuestions)
        #expect(questions(record).compactMap { $0["number"] as? Int } == [1, 2, 3, 4, 5, 6])
        #expect(questions(record).allSatisfy { $0["status"] as? String == "answered" && $0["answered_at"] is String })
        #expect(value("nom", record) as? String == "Coop")
        #expect(value("defis", record) as? [String] == ["A", "B"])
        #expect(value("financement", record) as? Bool == true)
        #expect(value("sources", record) as? String == "Fiducie")
        #expect((value("statut", record) as? [String: Any])?["id"] as? String == "obnl")
        #expect((value("statut", record) as? [String: Any])?["label"] as? String == "OBNL")
        #expect(value("employes", record) as? Int == 12)
        #expect(question("employes", record)?["unit"] as? String == "employé·e·s")
        #expect(question("nom", record)?["text"] as? String == "Nom de l'organisme?")
        #expect(question("statut", record)?["type"] as? String == "choice")

        try expectValid(result.stdout, lines: false, records: 1)
    }

    @Test("The built-in grid fully answered exports a record the schema accepts, its 61 questions answered with typed values")
    func builtInGridAsJSON() throws {
        defer { environment.remove() }
        try interviewBuiltIn("fjord", interviewer: "Julie Roy")
        let result = try export(["fjord", "--format", "json"])
        #expect(result.status == 0, "\(result.stderr)")
        let record = try object(result.stdout)
        #expect(record["case"] as? String == "fjord")
        #expect((record["grid"] as? [String: Any])?["id"] as? String == "territoires-nourriciers")
        #expect(interview(record)["interviewer"] as? String == "Julie Roy")
        #expect(interview(record)["status"] as? String == "completed")
        #expect((record["sections"] as? [[String: Any]])?.compactMap { $0["id"] as? String }
                == ["identification", "demarrage", "developpement", "profil"])
        let all = questions(record)
        #expect(all.count == 61)
        #expect(all.filter { $0["status"] as? String == "answered" }.count == 61)
        #expect(all.compactMap { $0["number"] as? Int } == Array(1...61))
        #expect(all.filter { $0["personal"] as? Bool == true }.compactMap { $0["id"] as? String } == Self.personalQuestions)

        #expect(value("nom_organisation", record) as? String == "Coopérative alimentaire du Fjord")
        #expect(value("consentement_entretien", record) as? Bool == true)
        #expect(value("trois_facteurs", record) as? [String] == ["Ancrage local", "Bénévoles", "Partenariats"])
        #expect(value("part_revenus_commerciaux", record) as? Int == 65)
        #expect(value("chiffre_affaires", record) as? Int == 1_200_000)
        #expect(value("nb_membres", record) as? Int == 1250)
        #expect(value("nb_benevoles", record) as? Int == 40)
        #expect(value("annee_creation", record) as? Int == 2015)
        #expect((value("statut", record) as? [String: Any])?["id"] as? String == "coop_solidarite")
        #expect((value("region", record) as? [String: Any])?["label"] as? String == "Saguenay–Lac-Saint-Jean")
        #expect((value("echelle_territoriale", record) as? [String: Any])?["id"] as? String == "region")
        #expect((value("role_systeme_alimentaire", record) as? [[String: Any]])?.compactMap { $0["id"] as? String }
                == ["distribution_detail", "circuits_courts"])
        #expect(value("courriel", record) as? String == "info@coopfjord.ca")
        #expect(value("site_web", record) as? String == "https://coopfjord.ca")
        #expect(question("chiffre_affaires", record)?["unit"] as? String == "$")

        try expectValid(result.stdout, lines: false, records: 1)
    }

    @Test("Several cases as JSON are one array, in the order asked, each record accepted by the schema; --all takes every case")
    func severalCasesAsJSONArray() throws {
        defer { environment.remove() }
        try interviewSmall("coop")
        try interviewSmall("pause", "Coop en pause\n")
        try interviewBuiltIn("fjord")
        let result = try export(["fjord", "coop", "pause", "--format", "json"])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.hasPrefix("[\n  {") && result.stdout.hasSuffix("}\n]\n"))
        let records = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [[String: Any]])
        #expect(records.compactMap { $0["case"] as? String } == ["fjord", "coop", "pause"])
        #expect(interview(records[2])["status"] as? String == "paused")
        try expectValid(result.stdout, lines: false, records: 3)

        let all = try export(["--all", "--format", "json"])
        #expect(all.status == 0, "\(all.stderr)")
        let cases = try #require(try JSONSerialization.jsonObject(with: Data(all.stdout.utf8)) as? [[String: Any]]).map { $0["case"] as? String }
        #expect(Set(cases.compactMap { $0 }) == ["fjord", "coop", "pause"])
        #expect(cases.count == 3)
        try expectValid(all.stdout, lines: false, records: 3)
    }

    @Test("--format jsonl writes one compact record per line whatever the count; --all with one case is an array of one")
    func jsonLinesAndArrays() throws {
        defer { environment.remove() }
        try interviewSmall("coop")
        let one = try export(["coop", "--format", "jsonl"])
        #expect(one.status == 0, "\(one.stderr)")
        #expect(one.stdout.hasPrefix("{\"") && one.stdout.hasSuffix("}\n") && one.stdout.filter { $0 == "\n" }.count == 1)
        try expectValid(one.stdout, lines: true, records: 1)
        let allOfOne = try export(["--all", "--format", "json"])
        #expect(allOfOne.stdout.hasPrefix("[\n  {"), "an array even for one case")
        #expect((try JSONSerialization.jsonObject(with: Data(allOfOne.stdout.utf8)) as? [Any])?.count == 1)
        #expect(try export(["--all", "--format", "jsonl"]).stdout == one.stdout)
        try interviewSmall("pause", "Coop en pause\n")
        let two = try export(["coop", "pause", "--format", "jsonl"])
        let lines = two.stdout.split(separator: "\n", omittingEmptySubsequences: false)
        #expect(lines.count == 3 && lines.last == "")
        #expect(try lines.dropLast().map { try object(String($0))["case"] as? String } == ["coop", "pause"])
        try expectValid(two.stdout, lines: true, records: 2)
    }

    @Test("--anonymise leaves out the built-in grid's personal questions and the interviewer, and uses the UUID as the case")
    func anonymisedExports() throws {
        defer { environment.remove() }
        try interviewBuiltIn("fjord", interviewer: "Julie Roy")
        let uuid = try #require(try JournalFile(environment, "fjord").header["uuid"] as? String)
        let secrets = ["Marie Tremblay", "info@coopfjord.ca", "418 555-0123", "Julie Roy"]

        let json = try export(["fjord", "--format", "json", "--anonymise"])
        #expect(json.status == 0, "\(json.stderr)")
        let record = try object(json.stdout)
        #expect(record["case"] as? String == uuid)
        #expect(record["uuid"] as? String == uuid)
        #expect(record["anonymised"] as? Bool == true)
        #expect(interview(record)["interviewer"] == nil)
        let ids = questions(record).compactMap { $0["id"] as? String }
        #expect(ids.count == 57)
        for personal in Self.personalQuestions { #expect(!ids.contains(personal), "\(personal) is left out") }
        #expect(ids.contains("fonction_repondant") && ids.contains("contact_fonction") && ids.contains("site_web"))
        #expect(questions(record).allSatisfy { $0["personal"] as? Bool == false })
        #expect(question("site_web", record)?["number"] as? Int == 61, "questions keep their number in the whole grid")
        for secret in secrets { #expect(!json.stdout.contains(secret), "\(secret)") }
        #expect(!json.stdout.contains("\"fjord\""), "the case id is replaced")
        try expectValid(json.stdout, lines: false, records: 1)

        let csv = try export(["fjord", "--format", "csv", "--anonymise"])
        #expect(csv.status == 0, "\(csv.stderr)")
        let rows = try csvRows(csv.stdout)
        #expect(rows.count == 2)
        let header = rows.first ?? []
        for personal in Self.personalQuestions { #expect(!header.contains(personal), "\(personal) column left out") }
        #expect(rows.last?.first == uuid)
        for secret in secrets { #expect(!csv.stdout.contains(secret), "\(secret)") }

        let long = try export(["fjord", "--format", "csv", "--long", "--anonymise"])
        #expect(long.status == 0, "\(long.stderr)")
        for personal in Self.personalQuestions { #expect(!long.stdout.contains(",\(personal),"), "\(personal)") }
        for secret in secrets { #expect(!long.stdout.contains(secret), "\(secret)") }
        #expect(!long.stdout.contains("fjord,"), "the case id is replaced in every row")

        let markdown = try export(["fjord", "--format", "markdown", "--anonymise"])
        #expect(markdown.status == 0, "\(markdown.stderr)")
        for secret in secrets { #expect(!markdown.stdout.contains(secret), "\(secret)") }
        #expect(body(markdown.stdout).hasPrefix("Coopérative de solidarité\n\n# Coopérative alimentaire du Fjord\n"))
        #expect(markdown.stdout.contains("case: \"\(uuid)\""), "the front matter names the case by its UUID")
        #expect(markdown.stdout.contains("https://coopfjord.ca"))
    }

    @Test("A paused case answered with /passer, /nsp, /refus and a no shows every status in the record and both CSVs")
    func everyStatus() throws {
        defer { environment.remove() }
        try interviewSmall("statuts", Self.everyStatusInput)
        let json = try export(["statuts", "--format", "json"])
        #expect(json.status == 0, "\(json.stderr)")
        let record = try object(json.stdout)
        #expect(status("nom", record) == "skipped")
        #expect(status("defis", record) == "dont_know")
        #expect(status("financement", record) == "answered")
        #expect(value("financement", record) as? Bool == false)
        #expect(status("sources", record) == "not_applicable")
        #expect(status("statut", record) == "refused")
        #expect(status("employes", record) == "unanswered")
        for id in ["nom", "defis", "sources", "statut", "employes"] {
            #expect(question(id, record)?["value"] == nil, "no value for \(id)")
        }
        for id in ["sources", "employes"] {
            #expect(question(id, record)?["answered_at"] == nil, "no time for \(id)")
        }
        #expect(question("statut", record)?["answered_at"] is String, "a refusal is timed")
        #expect(interview(record)["status"] as? String == "paused")
        #expect(interview(record)["ended"] == nil)
        #expect(interview(record)["pauses"] as? Int == 1)
        try expectValid(json.stdout, lines: false, records: 1)

        let wide = try export(["statuts", "--format", "csv"])
        #expect(wide.status == 0, "\(wide.stderr)")
        let rows = try csvRows(wide.stdout)
        try #require(rows.count == 2)
        let header = rows[0], row = rows[1]
        #expect(header == Self.wideCaseColumns + Self.smallGridQuestions.flatMap { [$0, $0 + "_status"] })
        #expect(cell("status", row, header) == "paused")
        #expect(cell("ended", row, header) == "")
        for id in ["nom", "defis", "sources", "statut", "employes"] {
            #expect(cell(id, row, header) == "", "no value for \(id)")
        }
        #expect(cell("financement", row, header) == "false")
        let wideStatuses = Self.smallGridQuestions.map { cell($0 + "_status", row, header) }
        #expect(wideStatuses == ["skipped", "dont_know", "answered", "not_applicable", "refused", "unanswered"])

        let long = try export(["statuts", "--format", "csv", "--long"])
        #expect(long.status == 0, "\(long.stderr)")
        let longRows = try csvRows(long.stdout)
        #expect(longRows.first == Self.longColumns)
        let statuses = Dictionary(longRows.dropFirst().map { ($0[4], $0[7]) }, uniquingKeysWith: { first, _ in first })
        #expect(statuses == ["nom": "skipped", "defis": "dont_know", "financement": "answered", "sources": "not_applicable",
                             "statut": "refused", "employes": "unanswered"])
        #expect(longRows.dropFirst().first { $0[4] == "financement" }?[9] == "false")
        #expect(longRows.count == 7)
    }

    // MARK: - CSV

    @Test("Several cases as CSV parse with Python's csv module: one header, one row per case, each answer under its question's column")
    func severalCasesAsCSV() throws {
        defer { environment.remove() }
        try interviewSmall("coop")
        try interviewBuiltIn("fjord")
        try interviewSmall("statuts", Self.everyStatusInput)
        let result = try export(["coop", "fjord", "statuts", "--format", "csv"])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.hasSuffix("\r\n"), "RFC 4180 line ends")
        let rows = try csvRows(result.stdout)
        #expect(rows.count == 4, "one header and one row per case")
        let header = rows.first ?? []
        #expect(rows.allSatisfy { $0.count == header.count }, "every row has a cell per column")

        let fjord = try object(try export(["fjord", "--format", "json"]).stdout)
        let builtInIDs = questions(fjord).compactMap { $0["id"] as? String }
        #expect(header == Self.wideCaseColumns + (Self.smallGridQuestions + builtInIDs.filter { $0 != "statut" }).flatMap { [$0, $0 + "_status"] },
                "case columns, then the union of the questions in grid order (statut is in both grids), each with its status")
        #expect(rows.dropFirst().map { $0.first } == ["coop", "fjord", "statuts"])

        let coopRow = rows[1], fjordRow = rows[2]
        #expect(cell("grid", coopRow, header) == "petite")
        #expect(cell("grid_version", coopRow, header) == "1")
        #expect(cell("grid", fjordRow, header) == "territoires-nourriciers")
        #expect(cell("status", fjordRow, header) == "completed")
        #expect(cell("nom", coopRow, header) == "Coop")
        #expect(cell("defis", coopRow, header) == "A\nB")
        #expect(cell("financement", coopRow, header) == "true")
        #expect(cell("statut", coopRow, header) == "obnl")
        #expect(cell("employes", coopRow, header) == "12")
        #expect(cell("nom_organisation", coopRow, header) == "", "a question the case's grid lacks is empty")
        #expect(cell("nom_organisation_status", coopRow, header) == "", "and so is its status")
        #expect(cell("nom", fjordRow, header) == "")
        #expect(cell("nom_organisation", fjordRow, header) == "Coopérative alimentaire du Fjord")
        #expect(cell("statut", fjordRow, header) == "coop_solidarite")
        #expect(cell("chiffre_affaires", fjordRow, header) == "1200000")
        #expect(cell("part_revenus_commerciaux", fjordRow, header) == "65")
        #expect(cell("trois_facteurs", fjordRow, header) == "Ancrage local\nBénévoles\nPartenariats")

        // Every question of the built-in case, compared with its JSON record: nothing misplaced.
        for question in questions(fjord) {
            let id = question["id"] as? String ?? "?"
            #expect(cell(id, fjordRow, header) == expectedWideCell(question), "column \(id)")
            #expect(cell(id + "_status", fjordRow, header) == question["status"] as? String, "column \(id)_status")
        }
        let coop = try object(try export(["coop", "--format", "json"]).stdout)
        for question in questions(coop) {
            let id = question["id"] as? String ?? "?"
            #expect(cell(id, coopRow, header) == expectedWideCell(question), "column \(id)")
        }
        #expect(cell("uuid", fjordRow, header) == fjord["uuid"] as? String)
        #expect(cell("started", fjordRow, header) == interview(fjord)["started"] as? String)
        #expect(cell("ended", fjordRow, header) == interview(fjord)["ended"] as? String)
    }

    @Test("--long writes one row per case, question and item, with when each answer was given and how long it took")
    func longCSV() throws {
        defer { environment.remove() }
        try interviewSmall("coop")
        try interviewBuiltIn("fjord")
        let result = try export(["coop", "fjord", "--format", "csv", "--long"])
        #expect(result.status == 0, "\(result.stderr)")
        let rows = try csvRows(result.stdout)
        #expect(rows.first == Self.longColumns)
        let body = Array(rows.dropFirst())
        #expect(body.allSatisfy { $0.count == Self.longColumns.count })

        for caseID in ["coop", "fjord"] {
            let record = try object(try export([caseID, "--format", "json"]).stdout)
            let caseRows = body.filter { $0[0] == caseID }
            var expectedCount = 0
            for question in questions(record) {
                let id = question["id"] as? String ?? "?"
                let questionRows = caseRows.filter { $0[4] == id }
                let items: [String]? = switch question["type"] as? String {
                case "list", "rank": question["value"] as? [String]
                case "multichoice": (question["value"] as? [[String: Any]])?.compactMap { $0["id"] as? String }
                default: nil
                }
                if let items {
                    #expect(questionRows.map { $0[8] } == (1...items.count).map(String.init), "\(caseID) \(id) items")
                    #expect(questionRows.map { $0[9] } == items, "\(caseID) \(id) values in order")
                    expectedCount += items.count
                } else {
                    #expect(questionRows.count == 1, "\(caseID) \(id)")
                    #expect(questionRows.first?[8] == "")
                    expectedCount += 1
                }
                for row in questionRows {
                    #expect(row[1] == record["uuid"] as? String)
                    #expect(row[6] == question["type"] as? String)
                    #expect(row[7] == question["status"] as? String)
                    #expect(row[10] == question["answered_at"] as? String, "\(caseID) \(id) answered_at")
                    #expect(!row[11].isEmpty, "\(caseID) \(id) seconds")
                }
            }
            #expect(caseRows.count == expectedCount, "\(caseID)")
        }
        #expect(body.first { $0[0] == "fjord" && $0[4] == "statut" }?[9] == "coop_solidarite", "choice ids for machines")
        #expect(body.first { $0[0] == "fjord" && $0[4] == "chiffre_affaires" }?[9] == "1200000")
        #expect(body.first { $0[0] == "coop" && $0[4] == "financement" }?[9] == "true")
        #expect(body.filter { $0[0] == "fjord" && $0[4] == "trois_facteurs" }.map { $0[9] }
                == ["Ancrage local", "Bénévoles", "Partenariats"])
    }

    @Test("--excel starts the CSV with a UTF-8 byte order mark, which Python reads past; without it there is none")
    func excelByteOrderMark() throws {
        defer { environment.remove() }
        try interviewSmall("coop")
        let excel = try export(["coop", "--format", "csv", "--excel"])
        #expect(excel.status == 0, "\(excel.stderr)")
        #expect(Array(excel.stdout.utf8.prefix(3)) == [0xEF, 0xBB, 0xBF])
        #expect(excel.stdout.dropFirst().hasPrefix("case,uuid,"))
        let rows = try csvRows(excel.stdout)
        #expect(rows.first?.first == "case")
        #expect(rows.count == 2)

        let plain = try export(["coop", "--format", "csv"])
        #expect(plain.stdout.hasPrefix("case,uuid,"))
    }

    @Test("--output FILE writes the CSV there, readable only by its owner, with nothing on stdout and no temporary file left")
    func csvToFile() throws {
        defer { environment.remove() }
        try interviewSmall("coop")
        try interviewSmall("statuts", Self.everyStatusInput)
        let before = try folderListing()
        let result = try export(["coop", "statuts", "--format", "csv", "--output", "out.csv"])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout == "")
        #expect(Set(try folderListing()) == Set(before + ["out.csv"]), "only out.csv is new")
        let written = try String(contentsOfFile: environment.path("out.csv"), encoding: .utf8)
        #expect(written == (try export(["coop", "statuts", "--format", "csv"])).stdout)
        #expect(try csvRows(written).count == 3)
        let attributes = try FileManager.default.attributesOfItem(atPath: environment.path("out.csv"))
        #expect((attributes[.posixPermissions] as? Int).map { $0 & 0o777 } == 0o600)
    }

    // MARK: - Markdown

    @Test("The built-in grid's fiche is titled with the organisation, has the case-book sections in order, and shows every answer")
    func builtInFiche() throws {
        defer { environment.remove() }
        try interviewBuiltIn("fjord")
        let result = try export(["fjord", "--format", "markdown"])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.hasPrefix("---\ntitle: \"Coopérative alimentaire du Fjord\"\ncase: \"fjord\"\n"))
        let fiche = body(result.stdout)
        let lines = fiche.components(separatedBy: "\n")
        #expect(Array(lines.prefix(3)) == ["Coopérative de solidarité", "", "# Coopérative alimentaire du Fjord"], "the kicker above the title")
        #expect(lines.filter { $0.hasPrefix("# ") }.count == 1)
        let sections = lines.filter { $0.hasPrefix("## ") }
        #expect(sections == ["## En bref", "## Démarrage", "## Développement et viabilité",
                             "## Apprentissages et enjeux de développement", "## Pour plus d'information",
                             "## Autres réponses de l'entretien"], "the offer's evolution has no place in the book's layout")
        #expect(fiche.contains("\n\nÉpicerie coopérative de quartier.\n\n## En bref\n"), "the presentation opens the fiche")
        #expect(fiche.contains("### Principaux défis\n\n- Financement\n- Locaux\n"))
        #expect(fiche.contains("- Les trois plus importants : Ancrage local, Bénévoles, Partenariats."), "ranked items in order")

        // Every answer said in the interview is somewhere in the fiche.
        let record = try object(try export(["fjord", "--format", "json"]).stdout)
        let spaced = fiche.replacingOccurrences(of: "\u{A0}", with: " ").replacingOccurrences(of: "\u{202F}", with: " ")
            .replacingOccurrences(of: #"\\(\p{P}|\p{S})"#, with: "$1", options: .regularExpression)
        let compact = spaced.replacingOccurrences(of: " ", with: "")
        for question in questions(record) where !Self.offFiche.contains(question["id"] as? String ?? "?") {
            let id = question["id"] as? String ?? "?"
            let value = question["value"]
            var expected: [String] = []
            switch question["type"] as? String {
            case "yesno" where id == "aga":
                // Said in a sentence, not as Oui/Non: « Conseil d'administration (5 membres) et AGA. »
                #expect(spaced.contains(") et AGA.") == ((value as? Bool) == true), "\(id)")
            case "yesno":
                #expect(spaced.contains((value as? Bool) == true ? "Oui" : "Non"), "\(id)")
            case "integer", "decimal", "percent", "money", "year":
                let number = (value as? NSNumber)?.intValue ?? -1
                #expect(compact.contains(String(number)), "\(id): \(number)")
            case "choice": expected = [(value as? [String: Any])?["label"] as? String ?? "?"]
            case "multichoice": expected = (value as? [[String: Any]] ?? []).compactMap { $0["label"] as? String }
            case "list", "rank": expected = value as? [String] ?? []
            default: expected = [value as? String ?? "?"]
            }
            for text in expected { #expect(spaced.contains(text), "\(id): «\(text)» is in the fiche") }
        }
        #expect(spaced.contains("1 200 000 $"))
        for id in ["region", "consentement_fiche", "part_revenus_commerciaux"] {
            #expect(!fiche.contains(try #require(question(id, record)?["label"] as? String)), "\(id) is kept off the fiche")
        }
    }

    @Test("Several fiches on stdout are separated by a rule; --output DIR writes one .md per case and nothing else")
    func severalFiches() throws {
        defer { environment.remove() }
        try interviewSmall("coop")
        try interviewBuiltIn("fjord")
        let coop = try export(["coop", "--format", "markdown"])
        let fjord = try export(["fjord", "--format", "markdown"])
        #expect(body(coop.stdout).hasPrefix("# coop\n"), "a grid without title_from titles the fiche with the case id")
        let both = try export(["coop", "fjord", "--format", "markdown"])
        #expect(both.status == 0, "\(both.stderr)")
        // One document: one front matter (the grid's title), then the fiches without theirs.
        #expect(both.stdout.hasPrefix("---\ntitle: "))
        #expect(both.stdout.hasSuffix("---\n\n" + body(coop.stdout) + "\n---\n\n" + body(fjord.stdout)))

        let result = try export(["coop", "fjord", "--format", "markdown", "--output", "fiches"])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout == "")
        let folder = environment.path("fiches")
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder).sorted() == ["coop.md", "fjord.md"])
        #expect(try String(contentsOfFile: folder + "/coop.md", encoding: .utf8) == coop.stdout)
        #expect(try String(contentsOfFile: folder + "/fjord.md", encoding: .utf8) == fjord.stdout)

        let json = try export(["coop", "fjord", "--format", "json", "--output", "records"])
        #expect(json.status == 0, "\(json.stderr)")
        #expect(json.stdout == "")
        let records = environment.path("records")
        #expect(try FileManager.default.contentsOfDirectory(atPath: records).sorted() == ["coop.json", "fjord.json"])
        let fjordRecord = try String(contentsOfFile: records + "/fjord.json", encoding: .utf8)
        #expect(try object(fjordRecord)["case"] as? String == "fjord")
        try expectValid(fjordRecord, lines: false, records: 1)
    }

    // MARK: - show

    @Test("show prints the fiche with the organisation's name and En bref, exit 0, no escape through a pipe")
    func showPrintsTheFiche() throws {
        defer { environment.remove() }
        try interviewBuiltIn("fjord")
        let result = try environment.run(["show", "fjord"], timeout: 10)
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stderr == "")
        #expect(result.stdout.contains("Coopérative alimentaire du Fjord"))
        #expect(result.stdout.contains("En bref"))
        #expect(result.stdout.contains("Pour plus d'information"))
        #expect(!result.stdout.contains("\u{1B}"))
    }

    @Test("show never writes back the escape an answer contains, neither through a pipe nor on a terminal")
    func showNeverWritesARawEscape() throws {
        defer { environment.remove() }
        try interviewSmall("esc", "Coop \u{1B}[31mRouge\u{1B}[0m\nA\n\n")
        #expect(try JournalFile(environment, "esc").lastAnswer("nom") as? String == "Coop \u{1B}[31mRouge\u{1B}[0m",
                "the answer is stored as typed")
        let piped = try environment.run(["show", "esc"], timeout: 10)
        #expect(piped.status == 0, "\(piped.stderr)")
        #expect(piped.stdout.contains("Rouge"))
        #expect(!piped.stdout.contains("\u{1B}"))

        let terminal = try environment.spawn(["show", "esc"])
        #expect(try terminal.expectExit() == 0)
        #expect(terminal.output.contains("Rouge"))
        #expect(!terminal.output.contains("\u{1B}[31m"), "the typed escape is not replayed: \(terminal.output.debugDescription)")
    }

    @Test("export to a terminal never writes back the escape an answer contains")
    func exportToATerminalNeverWritesARawEscape() throws {
        defer { environment.remove() }
        try interviewSmall("esc", "Coop \u{1B}[31mRouge\u{1B}[0m\nA\n\n")
        for format in ["markdown", "csv", "json"] {
            let terminal = try environment.spawn(["export", "esc", "--format", format])
            #expect(try terminal.expectExit() == 0, "\(format)")
            #expect(terminal.output.contains("Rouge"), "\(format)")
            #expect(!terminal.output.contains("\u{1B}"), "\(format): \(terminal.output.debugDescription)")
        }
        let file = try export(["esc", "--format", "markdown", "--output", "esc.md"])
        #expect(file.status == 0, "\(file.stderr)")
        #expect(try String(contentsOfFile: environment.path("esc.md"), encoding: .utf8).contains("Rouge"))
    }

    // MARK: - Reading an open case

    @Test("A case open in another session exports as in progress without disturbing it, and that session then pauses")
    func exportWhileOpen() throws {
        defer { environment.remove() }
        try interviewSmall("ouvert", "Coop\n")
        let terminal = try environment.spawn(["resume", "ouvert"])
        try terminal.expectPrompt(after: "2. Principaux défis?")
        let before = try JournalFile(environment, "ouvert").data

        let result = try export(["ouvert", "--format", "json"])
        #expect(result.status == 0, "\(result.stderr)")
        let record = try object(result.stdout)
        #expect(interview(record)["status"] as? String == "in_progress")
        #expect(interview(record)["ended"] == nil)
        #expect(value("nom", record) as? String == "Coop")
        #expect(status("defis", record) == "unanswered")
        try expectValid(result.stdout, lines: false, records: 1)
        #expect(try JournalFile(environment, "ouvert").data == before, "a reader writes nothing")

        terminal.sendLine("Relève")
        try terminal.expectPrompt()
        terminal.sendControl("d")
        #expect(try terminal.expectExit() == 0)
        let journal = try JournalFile(environment, "ouvert")
        #expect(journal.kinds.last == "pause")
        let after = try object(try export(["ouvert", "--format", "json"]).stdout)
        #expect(interview(after)["status"] as? String == "paused")
    }

    // MARK: - Bad input

    @Test("An unknown case exits 66 naming it, with nothing on stdout, even next to a case that exists")
    func unknownCase() throws {
        defer { environment.remove() }
        try interviewSmall("coop")
        let alone = try export(["nope", "--format", "json"])
        #expect(alone.status == 66)
        #expect(alone.stdout == "")
        #expect(alone.stderr.contains("« nope »"), "\(alone.stderr)")
        for format in ["json", "csv", "markdown"] {
            let mixed = try export(["coop", "nope", "--format", format])
            #expect(mixed.status == 66, "\(format)")
            #expect(mixed.stdout == "", "\(format): nothing is written before every case is checked")
        }
        let show = try environment.run(["show", "nope"], timeout: 10)
        #expect(show.status == 66)
        #expect(show.stdout == "")
    }

    @Test("A journal with a corrupt middle line exits 65 with a message naming line 3 and the file")
    func corruptMiddleLine() throws {
        defer { environment.remove() }
        try interviewSmall("coop")
        try corruptLine(3, of: "coop")
        for format in ["json", "csv", "markdown"] {
            let result = try export(["coop", "--format", format])
            #expect(result.status == 65, "\(format)")
            #expect(result.stdout == "", "\(format)")
            #expect(result.stderr.contains("ligne 3 "), "\(format): \(result.stderr)")
            #expect(result.stderr.contains("coop.jsonl"), "\(format): \(result.stderr)")
        }
        let show = try environment.run(["show", "coop"], timeout: 10)
        #expect(show.status == 65)
        #expect(show.stderr.contains("ligne 3 "), "\(show.stderr)")
    }

    @Test("A case whose grid copy was deleted exits 66 naming the case and the copy, unless its grid is the built-in one")
    func missingGridCopy() throws {
        defer { environment.remove() }
        try interviewSmall("coop")
        try interviewBuiltIn("fjord")
        let grids = environment.responses + "/.grids"
        for name in try FileManager.default.contentsOfDirectory(atPath: grids) {
            try FileManager.default.removeItem(atPath: grids + "/" + name)
        }
        let result = try export(["coop", "--format", "json"])
        #expect(result.status == 66)
        #expect(result.stdout == "")
        #expect(result.stderr.contains("« coop »"), "\(result.stderr)")
        #expect(result.stderr.contains("petite"), "names the grid: \(result.stderr)")
        #expect(result.stderr.contains(".grids/"), "names the missing copy: \(result.stderr)")
        #expect(result.stderr.split(separator: "\n").count == 1, "one sentence: \(result.stderr)")
        let show = try environment.run(["show", "coop"], timeout: 10)
        #expect(show.status == 66)
        #expect(show.stderr.contains("« coop »"))

        let builtIn = try export(["fjord", "--format", "json"])
        #expect(builtIn.status == 0, "the built-in grid stands in for its copy: \(builtIn.stderr)")
        #expect(try object(builtIn.stdout)["case"] as? String == "fjord")
    }

    @Test("The missing-grid message's advice can be followed: export and show take --grid with the case's grid file, and only that grid")
    func missingGridCopyRecoveredWithGridOption() throws {
        defer { environment.remove() }
        try interviewSmall("coop")
        let grids = environment.responses + "/.grids"
        for name in try FileManager.default.contentsOfDirectory(atPath: grids) {
            try FileManager.default.removeItem(atPath: grids + "/" + name)
        }
        let missing = try export(["coop", "--format", "json"])
        #expect(missing.status == 66)
        #expect(missing.stderr.contains("--grid"), "\(missing.stderr)")

        let result = try export(["coop", "--format", "json", "--grid", environment.path(SmallGrid.fileName)])
        #expect(result.status == 0, "\(result.stderr)")
        let record = try object(result.stdout)
        #expect(record["case"] as? String == "coop")
        #expect(value("employes", record) as? Int == 12)
        try expectValid(result.stdout, lines: false, records: 1)
        let show = try environment.run(["show", "coop", "--grid", environment.path(SmallGrid.fileName)], timeout: 10)
        #expect(show.status == 0, "\(show.stderr)")
        #expect(show.stdout.contains("Coop"))

        let edited = environment.path("modifiee.yaml")
        try SmallGrid.yaml.replacingOccurrences(of: "Petite grille", with: "Petite grille modifiée")
            .write(toFile: edited, atomically: true, encoding: .utf8)
        let other = try export(["coop", "--format", "json", "--grid", edited])
        #expect(other.status == 66, "a grid with another SHA-256 does not stand in: \(other.stderr)")
        #expect(other.stdout == "")
    }

    @Test("A failure on the second case creates no output file or folder, leaves no temporary file, and keeps an existing output")
    func failureWritesNothing() throws {
        defer { environment.remove() }
        try interviewSmall("coop")
        try interviewSmall("casse")
        try corruptLine(3, of: "casse")
        let before = try folderListing()
        let attempts: [([String], Int32, String)] = [
            (["coop", "casse", "--format", "csv", "--output", "out.csv"], 65, "out.csv"),
            (["coop", "casse", "--format", "csv", "--long", "--output", "out.csv"], 65, "out.csv"),
            (["coop", "nope", "--format", "csv", "--output", "out.csv"], 66, "out.csv"),
            (["coop", "casse", "--format", "json", "--output", "out.json"], 65, "out.json"),
            (["coop", "casse", "--format", "markdown", "--output", "fiches"], 65, "fiches"),
        ]
        for format in ["json", "csv", "markdown"] {
            let result = try export(["coop", "casse", "--format", format])
            #expect(result.status == 65, "\(format): \(result.stderr)")
            #expect(result.stdout == "", "\(format): nothing of the first case reaches stdout")
            #expect(result.stderr.contains("casse.jsonl"), "\(format): \(result.stderr)")
        }
        for (arguments, code, path) in attempts {
            let result = try export(arguments)
            #expect(result.status == code, "\(arguments): \(result.stderr)")
            #expect(result.stdout == "", "\(arguments)")
            #expect(!FileManager.default.fileExists(atPath: environment.path(path)), "\(arguments) created \(path)")
            #expect(try folderListing() == before, "\(arguments) left something behind")
        }

        try "ancien contenu\n".write(toFile: environment.path("out.csv"), atomically: true, encoding: .utf8)
        let result = try export(["coop", "casse", "--format", "csv", "--output", "out.csv"])
        #expect(result.status == 65)
        #expect(try String(contentsOfFile: environment.path("out.csv"), encoding: .utf8) == "ancien contenu\n")
        #expect(try folderListing().filter { $0.contains(".tmp") } == [])
    }

    @Test("--all with no cases exits 0 with an empty JSON array, empty JSON Lines and Markdown, or just the CSV header")
    func allWithNoCases() throws {
        defer { environment.remove() }
        for (format, expected) in [("json", "[]\n"), ("jsonl", ""), ("markdown", "")] {
            let result = try export(["--all", "--format", format])
            #expect(result.status == 0, "\(format): \(result.stderr)")
            #expect(result.stdout == expected, "\(format)")
        }
        let wide = try export(["--all", "--format", "csv"])
        #expect(wide.status == 0, "\(wide.stderr)")
        #expect(wide.stdout == Self.wideCaseColumns.joined(separator: ",") + "\r\n")
        let long = try export(["--all", "--format", "csv", "--long"])
        #expect(long.status == 0, "\(long.stderr)")
        #expect(long.stdout == Self.longColumns.joined(separator: ",") + "\r\n")
    }

    @Test("A case id that is not a slug exits 64 naming it, and nothing is read or written")
    func caseIDThatIsAPath() throws {
        defer { environment.remove() }
        try interviewSmall("coop")
        let before = try folderListing()
        let result = try export(["../x", "--format", "json", "--output", "out.json"])
        #expect(result.status == 64)
        #expect(result.stdout == "")
        #expect(result.stderr.contains("../x"), "\(result.stderr)")
        #expect(try folderListing() == before)
        let show = try environment.run(["show", "../x"], timeout: 10)
        #expect(show.status == 64)
        #expect(show.stdout == "")
    }

    // MARK: - Languages

    @Test("A French case exported under an English locale keeps the grid's French words, as show does; --lang en asks for English")
    func frenchFicheUnderEnglishLocale() throws {
        defer { environment.remove() }
        try interviewSmall("coop")
        try interviewSmall("statuts", Self.everyStatusInput)
        let english = ["LANG": "en_CA.UTF-8", "LC_ALL": "en_CA.UTF-8"]
        let result = try export(["coop", "--format", "markdown"], environment: english)
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.contains("## Autres réponses de l'entretien"), "\(result.stdout)")
        #expect(result.stdout.contains("\nOui\n"))
        #expect(!result.stdout.contains("Yes"))
        let show = try environment.run(["show", "coop"], environment: english, timeout: 10)
        #expect(show.stdout.contains("Autres réponses de l'entretien"))

        // CSV codes are the same whatever the language; only --labels words follow it.
        for lang in [[], ["--lang", "en"], ["--lang", "fr"]] {
            let csv = try export(["statuts", "--format", "csv"] + lang, environment: english)
            let rows = try csvRows(csv.stdout)
            #expect(rows.last.map { cell("nom_status", $0, rows[0]) } == "skipped")
            #expect(rows.last.map { cell("defis_status", $0, rows[0]) } == "dont_know")
            #expect(rows.last.map { cell("financement", $0, rows[0]) } == "false")
        }
        let labelled = try csvRows(try export(["statuts", "--format", "csv", "--labels", "--lang", "en"]).stdout)
        #expect(labelled.last?.contains("No") == true)
        #expect(labelled.last?.contains("skipped") == true)

        let asked = try export(["coop", "--format", "markdown", "--lang", "en"])
        #expect(asked.status == 0, "\(asked.stderr)")
        #expect(asked.stdout.contains("## Other answers from the interview"))
        #expect(asked.stdout.contains("\nYes\n"))
    }

    // MARK: - Schema

    @Test("interview schema prints valid JSON, byte for byte schemas/case-record.schema.json, itself a valid 2020-12 schema")
    func schemaIsThePublishedFile() throws {
        defer { environment.remove() }
        let result = try environment.run(["schema"], timeout: 10)
        #expect(result.status == 0, "\(result.stderr)")
        #expect(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) is [String: Any])
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        let published = try Data(contentsOf: root.appendingPathComponent("schemas/case-record.schema.json"))
        #expect(Data(result.stdout.utf8) == published)

        let path = try checkPath("schema.json")
        try result.stdout.write(toFile: path, atomically: true, encoding: .utf8)
        let check = try python().run("import json, sys, jsonschema; jsonschema.Draft202012Validator.check_schema(json.load(open(sys.argv[1])))", [path])
        #expect(check.status == 0, "\(check.stderr)")
    }
}
