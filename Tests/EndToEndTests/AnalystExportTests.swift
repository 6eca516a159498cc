import Foundation
import Testing

/// What an analyst does with the exports, done with the analyst's own tools: pandas reads the
/// JSON (array and lines) and the CSV, R reads the CSV and runs the codebook's script.
@Suite("Exports read by pandas and R", .serialized)
struct AnalystExportTests {
    private let environment: TestEnvironment

    init() throws {
        environment = try TestEnvironment()
        try Self.grid.write(toFile: environment.path("analyse.yaml"), atomically: true, encoding: .utf8)
    }

    /// Every kind of answer an analyst reads: text, list, rank, multichoice, choice, yes/no, numbers.
    private static let grid = """
        grid: analyse
        version: 1
        language: fr
        title: "Grille d'analyse"
        sections:
          - id: org
            title: "L'organisme"
            questions:
              - {id: organisme, text: "Nom de l'organisme ?", label: Organisme, type: text}
              - {id: besoins, text: "Quels besoins ?", type: list}
              - {id: priorites, text: "Les plus importants ?", type: rank, from: besoins, count: 2}
              - id: secteurs
                text: "Secteurs ?"
                type: multichoice
                choices: [{id: agri, label: Agriculture}, {id: transfo, label: Transformation}, {id: distri, label: Distribution}]
              - id: statut
                text: "Statut ?"
                type: choice
                choices: [{id: coop, label: Coopérative}, {id: obnl, label: OBNL}]
          - id: chiffres
            title: Chiffres
            questions:
              - {id: aga, text: "Une AGA ?", type: yesno}
              - {id: employes, text: "Combien d'employé·e·s ?", type: integer, unit: employé·e·s, min: 0, max: 500}
              - {id: budget, text: "Budget ?", type: money, unit: "$"}
              - {id: part, text: "Part des ventes ?", type: percent, when: aga == yes}
              - {id: benevoles, text: "Combien de bénévoles ?", type: integer}

        """

    /// A completed case: items holding `;` and `,`, a decimal typed with a comma, a don't know.
    private static let complete = "Coop « Étoile » 🌾\nLocaux ; équipements\nMain-d'œuvre, relève\n\n2 1\n1, 3\n1\noui\n12\n1234567,25\n2,5\n/nsp\n"
    /// A second completed case: one item, a no (so `part` does not apply), a refusal.
    private static let second = "OBNL Nord\nUn seul besoin\n\n1\n2\n2\nnon\n/refus\n300000\n5\n"
    /// A paused case: only the name.
    private static let paused = "Trois\n"

    private func interview(_ caseID: String, _ input: String, lang: String = "fr") throws {
        let result = try environment.run(["new", "--grid", environment.path("analyse.yaml"), "--case", caseID, "--lang", lang],
                                         stdin: input, timeout: 10)
        try #require(result.status == 0, "new \(caseID): \(result.stderr)")
    }

    private func threeCases() throws {
        try interview("etoile", Self.complete)
        try interview("nord", Self.second, lang: "en")
        try interview("trois", Self.paused)
    }

    /// Exports into a file of the environment and returns its path.
    private func export(_ arguments: [String], to name: String) throws -> String {
        let path = environment.path(name)
        let result = try environment.run(["export"] + arguments + ["--output", path], timeout: 30)
        try #require(result.status == 0, "export \(arguments): \(result.stderr)")
        return path
    }

    private func lines(_ result: ProcessResult) throws -> [String] {
        try #require(result.status == 0, "\(result.stderr)")
        return result.stdout.split(separator: "\n").map(String.init)
    }

    // MARK: - JSON

    @Test("pandas reads --format json (an array) and --format jsonl (lines=True) for one case and for three",
          .enabled(if: AnalystTools.pandasPython != nil, "\(AnalystTools.pandasMissing)"))
    func pandasReadsJSON() throws {
        defer { environment.remove() }
        let script = """
            import sys, pandas
            array = pandas.read_json(sys.argv[1])
            lines = pandas.read_json(sys.argv[2], lines=True)
            print(len(array), len(lines), ",".join(array["case"]), ",".join(lines["case"]))
            """
        try interview("etoile", Self.complete)
        let oneArray = try export(["--all", "--format", "json"], to: "un.json")
        let oneLines = try export(["etoile", "--format", "jsonl"], to: "un.jsonl")
        #expect(try lines(AnalystTools.python(script, [oneArray, oneLines])) == ["1 1 etoile etoile"])

        try interview("nord", Self.second)
        try interview("trois", Self.paused)
        let threeArray = try export(["etoile", "nord", "trois", "--format", "json"], to: "trois.json")
        let threeLines = try export(["--all", "--format", "jsonl"], to: "trois.jsonl")
        #expect(try lines(AnalystTools.python(script, [threeArray, threeLines])) == ["3 3 etoile,nord,trois etoile,nord,trois"])
    }

    // MARK: - Wide CSV

    @Test("pandas reads number columns as numbers with no options, the status codes beside them, and every list item back",
          .enabled(if: AnalystTools.pandasPython != nil, "\(AnalystTools.pandasMissing)"))
    func pandasReadsCSV() throws {
        defer { environment.remove() }
        try threeCases()
        let script = """
            import sys, json, pandas
            df = pandas.read_csv(sys.argv[1])
            numbers = ["grid_version", "total_seconds", "employes", "budget", "part", "benevoles"]
            print(json.dumps({
                "numeric": {c: bool(pandas.api.types.is_numeric_dtype(df[c])) for c in numbers},
                "budget": df["budget"].tolist()[:2],
                "part": df["part"].tolist()[0],
                "besoins": df["besoins"].str.split("\\n").tolist()[:2],
                "priorites": df["priorites"].str.split("\\n").tolist()[0],
                "secteurs": df["secteurs"].str.split("\\n").tolist()[0],
                "statut": df["statut"].tolist()[:2],
                "status": {c: df[c + "_status"].fillna("").tolist() for c in ["benevoles", "budget", "part", "employes"]},
            }))
            """
        let path = try export(["--all", "--format", "csv"], to: "cas.csv")
        let output = try AnalystTools.python(script, [path])
        try #require(output.status == 0, "\(output.stderr)")
        let read = try #require(try JSONSerialization.jsonObject(with: Data(output.stdout.utf8)) as? [String: Any])
        let numeric = read["numeric"] as? [String: Bool] ?? [:]
        #expect(numeric.count == 6 && numeric.values.allSatisfy { $0 }, "\(numeric)")
        #expect(read["budget"] as? [Double] == [1234567.25, 300000])
        #expect(read["part"] as? Double == 2.5)
        #expect(read["besoins"] as? [[String]] == [["Locaux ; équipements", "Main-d'œuvre, relève"], ["Un seul besoin"]])
        #expect(read["priorites"] as? [String] == ["Main-d'œuvre, relève", "Locaux ; équipements"])
        #expect(read["secteurs"] as? [String] == ["agri", "distri"])
        #expect(read["statut"] as? [String] == ["coop", "obnl"])
        let status = read["status"] as? [String: [String]] ?? [:]
        #expect(status["benevoles"] == ["dont_know", "answered", "unanswered"])
        #expect(status["budget"] == ["answered", "answered", "unanswered"])
        #expect(status["part"] == ["answered", "not_applicable", "not_applicable"], "aga unanswered: part is not asked")
        #expect(status["employes"] == ["answered", "refused", "unanswered"])
    }

    @Test("R's read.csv reads number columns as numeric with no options, and strsplit gives every list item back",
          .enabled(if: AnalystTools.rscript != nil, "\(AnalystTools.rMissing)"))
    func rReadsCSV() throws {
        defer { environment.remove() }
        try threeCases()
        let path = try export(["--all", "--format", "csv"], to: "cas.csv")
        let script = """
            d <- read.csv(commandArgs(trailingOnly = TRUE)[1])
            for (n in c("grid_version", "total_seconds", "employes", "budget", "part", "benevoles")) cat(n, is.numeric(d[[n]]), "\\n")
            cat("budget", format(d$budget[1], nsmall = 2), "\\n")
            cat("items", length(strsplit(d$besoins[1], "\\n", fixed = TRUE)[[1]]), "\\n")
            cat("status", d$benevoles_status[1], d$employes_status[2], "\\n")
            """
        let output = try lines(AnalystTools.r(["-e", script, path])).map { $0.trimmingCharacters(in: .whitespaces) }
        #expect(output == ["grid_version TRUE", "total_seconds TRUE", "employes TRUE", "budget TRUE", "part TRUE", "benevoles TRUE",
                           "budget 1234567.25", "items 2", "status dont_know refused"])
    }

    @Test("The status codes and the numbers do not change with the interface language; --labels gives labels in both tables")
    func codesWhateverTheLanguage() throws {
        defer { environment.remove() }
        try threeCases()
        let french = try String(contentsOfFile: try export(["--all", "--format", "csv", "--lang", "fr"], to: "fr.csv"), encoding: .utf8)
        let english = try String(contentsOfFile: try export(["--all", "--format", "csv", "--lang", "en"], to: "en.csv"), encoding: .utf8)
        #expect(french == english)
        #expect(!french.contains("[nsp]") && !french.contains("[dk]") && french.contains("dont_know"))
        let labelled = try String(contentsOfFile: try export(["etoile", "--format", "csv", "--labels"], to: "l.csv"), encoding: .utf8)
        #expect(labelled.contains(",Coopérative,") && labelled.contains(",Oui,") && labelled.contains("\"Agriculture\nDistribution\""))
        let long = try String(contentsOfFile: try export(["etoile", "--format", "csv", "--labels", "--long"], to: "ll.csv"), encoding: .utf8)
        #expect(long.contains(",Coopérative,") && long.contains(",Oui,") && long.contains(",Agriculture,"))
        let longCodes = try String(contentsOfFile: try export(["etoile", "--format", "csv", "--long"], to: "lc.csv"), encoding: .utf8)
        #expect(longCodes.contains(",coop,") && longCodes.contains(",true,") && longCodes.contains(",agri,"))
    }

    @Test("--long --excel guards formula-looking cells as the wide CSV does; --long alone and --raw leave them")
    func longExcelGuards() throws {
        defer { environment.remove() }
        try interview("formule", "=HYPERLINK(\"http://x\",\"y\")\n@SUM(A1)\n\n1\n1\n1\noui\n3\n-3\n")
        let guardedPath = try export(["formule", "--format", "csv", "--long", "--excel"], to: "g.csv")
        #expect(FileManager.default.contents(atPath: guardedPath)?.prefix(3) == Data([0xEF, 0xBB, 0xBF]))
        let guarded = try String(contentsOfFile: guardedPath, encoding: .utf8)
        #expect(guarded.contains(",\"'=HYPERLINK(\"\"http://x\"\",\"\"y\"\")\",") && guarded.contains(",'@SUM(A1),"))
        #expect(guarded.contains(",-3,"), "a negative number is not a formula")
        for extra in [[], ["--excel", "--raw"]] {
            let raw = try String(contentsOfFile: try export(["formule", "--format", "csv", "--long"] + extra, to: "r.csv"), encoding: .utf8)
            #expect(raw.contains(",\"=HYPERLINK(") && raw.contains(",@SUM(A1),") && !raw.contains("'="), "\(extra)")
        }
    }

    @Test("export --help states the JSON rule and the CSV codes, in French and in English")
    func exportHelpStatesTheRule() throws {
        defer { environment.remove() }
        let english = try environment.run(["export", "--help", "--lang", "en"], timeout: 10).stdout
        let flatEnglish = english.split(whereSeparator: \.isWhitespace).joined(separator: " ")
        #expect(flatEnglish.contains("one array [ … ] whatever their number") && flatEnglish.contains("jsonl") && flatEnglish.contains("<id>_status"))
        let french = try environment.run(["export", "--help", "--lang", "fr"], timeout: 10).stdout
        let flatFrench = french.split(whereSeparator: \.isWhitespace).joined(separator: " ")
        #expect(flatFrench.contains("un tableau [ … ] quel que soit leur nombre") && flatFrench.contains("jsonl") && flatFrench.contains("<id>_status"))
    }

    @Test("With --output DIR, json writes one pretty object per case and jsonl one line per file")
    func folderOfRecords() throws {
        defer { environment.remove() }
        try interview("etoile", Self.complete)
        try interview("trois", Self.paused)
        let folder = try export(["--all", "--format", "json"], to: "dossiers/")
        let text = try String(contentsOfFile: folder + "/etoile.json", encoding: .utf8)
        let object = try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any]
        #expect(text.hasPrefix("{\n") && object?["case"] as? String == "etoile")
        let lines = try export(["--all", "--format", "jsonl"], to: "lignes/")
        let line = try String(contentsOfFile: lines + "/trois.jsonl", encoding: .utf8)
        #expect(line.hasPrefix("{\"") && line.filter { $0 == "\n" }.count == 1)
    }

    // MARK: - Codebook

    @Test("The codebook names exactly the wide CSV's columns, in order, for a grid file and for the built-in grid")
    func codebookColumnsAreTheHeader() throws {
        defer { environment.remove() }
        try interview("etoile", Self.complete)
        let csv = try String(contentsOfFile: try export(["etoile", "--format", "csv"], to: "cas.csv"), encoding: .utf8)
        let header = csv.components(separatedBy: "\r\n")[0].split(separator: ",").map(String.init)
        let codebook = try environment.run(["codebook", "--grid", environment.path("analyse.yaml"), "-f", "json"], timeout: 10)
        try #require(codebook.status == 0, "\(codebook.stderr)")
        let entries = try #require(try JSONSerialization.jsonObject(with: Data(codebook.stdout.utf8)) as? [[String: Any]])
        #expect(entries.compactMap { $0["column"] as? String } == header)
        let employes = try #require(entries.first { $0["column"] as? String == "employes" })
        #expect(employes["number"] as? Int == 7 && employes["type"] as? String == "integer" && employes["unit"] as? String == "employé·e·s")
        #expect(employes["min"] as? Int == 0 && employes["max"] as? Int == 500 && employes["section"] as? String == "chiffres")
        let part = try #require(entries.first { $0["column"] as? String == "part" })
        #expect(part["condition"] as? String == "aga == yes")
        let statut = try #require(entries.first { $0["column"] as? String == "statut" })
        #expect((statut["values"] as? [[String: String]]) == [["code": "coop", "label": "Coopérative"], ["code": "obnl", "label": "OBNL"]])

        let builtIn = try environment.run(["codebook", "--format", "csv"], timeout: 10)
        #expect(builtIn.status == 0 && builtIn.stdout.hasPrefix("column,kind,question,number,section,text,label,type,unit,min,max,condition,values\r\n"))
        #expect(builtIn.stdout.contains("\r\nnom_organisation,answer,nom_organisation,"))
        #expect(builtIn.stdout.contains("\r\nnom_organisation_status,status,nom_organisation,"))
    }

    @Test("codebook --format markdown and --output write the table in the interface language; help is in French and English")
    func codebookMarkdownAndOutput() throws {
        defer { environment.remove() }
        let path = environment.path("dictionnaire.md")
        let result = try environment.run(["codebook", "--grid", environment.path("analyse.yaml"), "--format", "markdown", "-o", path], timeout: 10)
        #expect(result.status == 0 && result.stdout == "", "\(result.stderr)")
        let text = try String(contentsOfFile: path, encoding: .utf8)
        #expect(text.hasPrefix("# Dictionnaire des données — Grille d'analyse\n"))
        try FileManager.default.createDirectory(atPath: environment.path("dico"), withIntermediateDirectories: true)
        let inFolder = try environment.run(["codebook", "--grid", environment.path("analyse.yaml"), "-f", "r", "-o", environment.path("dico")], timeout: 10)
        #expect(inFolder.status == 0, "\(inFolder.stderr)")
        #expect(FileManager.default.fileExists(atPath: environment.path("dico/codebook.R")))
        #expect(text.contains("| `statut_status` |"))
        let english = try environment.run(["codebook", "--grid", environment.path("analyse.yaml"), "-f", "markdown", "--lang", "en"], timeout: 10)
        #expect(english.stdout.hasPrefix("# Data dictionary — Grille d'analyse\n"))
        let helpFr = try environment.run(["codebook", "--help", "--lang", "fr"], timeout: 10)
        #expect(helpFr.stdout.contains("dictionnaire des données"))
        let helpEn = try environment.run(["codebook", "--help"], environment: ["LANG": "en_CA.UTF-8", "LC_ALL": "en_CA.UTF-8"], timeout: 10)
        #expect(helpEn.stdout.contains("data dictionary"))
    }

    @Test("The codebook's R script reads an exported CSV: factors with labels for choices, logical yes/no, numeric numbers, variable labels",
          .enabled(if: AnalystTools.rscript != nil, "\(AnalystTools.rMissing)"))
    func codebookRScript() throws {
        defer { environment.remove() }
        try interview("etoile", Self.complete)
        let csv = try export(["etoile", "--format", "csv", "--excel"], to: "cas.csv")
        let script = environment.path("codebook.R")
        let written = try environment.run(["codebook", "--grid", environment.path("analyse.yaml"), "--format", "r", "--output", script], timeout: 10)
        try #require(written.status == 0, "\(written.stderr)")
        let rds = environment.path("cas.rds")
        let run = try AnalystTools.r([script, csv, rds])
        try #require(run.status == 0, "Rscript codebook.R: \(run.stderr)")
        let show = """
            d <- readRDS(commandArgs(trailingOnly = TRUE)[1])
            for (n in names(d)) {
              value <- if (is.factor(d[[n]])) as.character(d[[n]]) else ""
              cat(paste(c(n, class(d[[n]])[1], value, attr(d[[n]], "label")), collapse = "\\t"), "\\n", sep = "")
            }
            """
        let output = try lines(AnalystTools.r(["-e", show, rds]))
        let rows = Dictionary(output.map { line -> (String, [String]) in
            let cells = line.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
            return (cells.first ?? "", Array(cells.dropFirst()))
        }, uniquingKeysWith: { first, _ in first })
        #expect(rows["statut"]?.prefix(2) == ["factor", "Coopérative"])
        #expect(rows["aga"]?.first == "logical")
        #expect(rows["employes"]?.first == "numeric" && rows["budget"]?.first == "numeric" && rows["benevoles"]?.first == "numeric")
        #expect(rows["benevoles_status"]?.prefix(2) == ["factor", "dont_know"])
        #expect(rows["besoins"]?.first == "character")
        #expect(rows["organisme"]?.last == "Organisme")
        #expect(rows["employes"]?.last == "Combien d'employé·e·s ?")
        #expect(rows.count == 9 + 2 * 10, "every column: \(output)")
    }
}
