import Foundation
import Grid
import Testing
import ZIPFoundation

/// XLSForm in and out, on the built binary: a form written elsewhere imports (what it loses
/// reported at its cell), runs piped and exports; the built-in grid goes out as an XLSForm that
/// ODK's converter (pyxform's `xls2xform`) accepts and comes back the same grid; damaged
/// workbooks are refused with a clear message and an exit code, never a trap.
@Suite("XLSForm import and export", .serialized)
struct XLSFormTests {
    private let environment: TestEnvironment
    private static let fixture = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .appendingPathComponent("Fixtures/xlsform/entreprise-alimentaire.xlsx").path

    init() throws {
        environment = try TestEnvironment()
    }

    /// pyxform's converter, installed by `scripts/ensure-deps.sh --test`.
    private static let converter = SystemTool.path("xls2xform")

    private func convertWithPyxform(_ path: String) -> ProcessResult? {
        guard let converter = Self.converter else {
            Issue.record("xls2xform (pyxform) is needed: run ./scripts/ensure-deps.sh --test, then the tests again.")
            return nil
        }
        return try? ProcessRun.run(executable: converter, arguments: [path, path + ".xml"],
                                   environment: ProcessInfo.processInfo.environment, timeout: 60)
    }

    @Test("A form written elsewhere imports in two languages, each unmapped row reported at its cell; --strict refuses it")
    func importsTheFixture() throws {
        defer { environment.remove() }
        let run = try environment.run(["grid", "import", Self.fixture, "--output", environment.path("ea.yaml"), "--lang", "en"])
        #expect(run.status == 0, "\(run.stderr)")
        #expect(run.stderr.contains("entreprise-alimentaire.xlsx:survey!A13: type \"calculate\" has no equivalent in a grid"))
        #expect(run.stderr.contains("survey!K13: column \"calculation\""))
        #expect(run.stderr.contains("survey!B8: name \"Site-Web\" becomes id \"site-web\""))
        let yaml = try String(contentsOfFile: environment.path("ea.yaml"), encoding: .utf8)
        #expect(yaml.hasPrefix("# Converted from the XLSForm entreprise-alimentaire.xlsx"))
        #expect(yaml.contains("languages: [fr, en]"))
        // The note becomes the help of the next question, in both languages, before its hint.
        #expect(yaml.contains("help: {fr: \"Merci de prendre part à cette enquête sur l'alimentation de proximité. Le nom d'usage"))
        #expect(yaml.contains("en: \"Thank you for taking part in this survey on local food. The trading name"))
        #expect(yaml.contains("when: \"activites_menees == transformation or activites_menees == distribution\""))
        let check = try environment.run(["grid", "check", environment.path("ea.yaml")])
        #expect(check.status == 0, "\(check.stderr)")

        let strict = try environment.run(["grid", "import", Self.fixture, "--strict", "--output", environment.path("strict.yaml"), "--lang", "fr"])
        #expect(strict.status == 65)
        #expect(strict.stderr.contains("formulaire refusé (--strict)"))
        #expect(!FileManager.default.fileExists(atPath: environment.path("strict.yaml")))
    }

    @Test("new --grid FORM.xlsx runs piped to the end as people type, keeps the converted grid, and exports JSON")
    func runsTheFixture() throws {
        defer { environment.remove() }
        let answers = "Épicerie « La Ruche » 🐝 — coopérative de solidarité des bénévoles·s, dont le nom dépasse quatre-vingts colonnes\n"
            + "Coopérative\nenviron 40\noui\nhttps://laruche.coop\n2, 3\n85,5\nAccès au financement\nTrouver des bénévoles·s\n\n2019-04-01\n"
        let run = try environment.run(["new", "--grid", Self.fixture, "--case", "ruche"], stdin: answers, environment: ["LANG": "fr_CA.UTF-8"])
        #expect(run.status == 0, "\(run.stderr)")
        #expect(run.stdout.contains("Quelle part de vos achats est locale"))
        let copies = try FileManager.default.contentsOfDirectory(atPath: environment.responses + "/.grids")
        #expect(copies.count == 1)
        let copy = try String(contentsOfFile: environment.responses + "/.grids/" + (copies.first ?? ""), encoding: .utf8)
        #expect(copy.hasPrefix("# Converted from the XLSForm"))
        let export = try environment.run(["export", "ruche", "-f", "json"])
        #expect(export.status == 0, "\(export.stderr)")
        let record = try #require(JSONSerialization.jsonObject(with: Data(export.stdout.utf8)) as? [String: Any])
        let questions = (record["sections"] as? [[String: Any]] ?? []).flatMap { $0["questions"] as? [[String: Any]] ?? [] }
        let values = Dictionary(uniqueKeysWithValues: questions.compactMap { question in
            (question["id"] as? String).map { ($0, question["value"]) }
        })
        #expect((values["statut"] as? [String: Any])?["id"] as? String == "coop")
        #expect(values["vend_en_ligne"] as? Bool == true)
        #expect((values["activites_menees"] as? [[String: Any]])?.compactMap { $0["id"] as? String } == ["transformation", "distribution"])
        #expect(values["part_locale"] as? Double == 85.5)
        #expect(values["defis"] as? [String] == ["Accès au financement", "Trouver des bénévoles·s"])
        let english = try environment.run(["grid", "show", Self.fixture, "--lang", "en"])
        #expect(english.stdout.contains("What is its legal status?"), "\(english.stderr)")
    }

    @Test("The built-in grid exported as XLSForm passes pyxform and re-imports to the same questions")
    func builtInRoundTrip() throws {
        defer { environment.remove() }
        let form = environment.path("builtin.xlsx")
        let export = try environment.run(["grid", "export", "--format", "xlsform", "--output", form])
        #expect(export.status == 0, "\(export.stderr)")
        if let converted = convertWithPyxform(form) { #expect(converted.status == 0, "\(converted.stdout)\(converted.stderr)") }
        let back = try environment.run(["grid", "import", form, "--output", environment.path("back.yaml")])
        #expect(back.status == 0, "\(back.stderr)")
        try Self.expectSameQuestions(GridLoader.load(contentsOf: environment.path("back.yaml")).grid, DefaultGrid.load().grid)
    }

    @Test("A grid in two languages goes out with one label column per language and comes back the same")
    func bilingualRoundTrip() throws {
        defer { environment.remove() }
        let first = try environment.run(["grid", "import", Self.fixture, "--output", environment.path("ea.yaml")])
        #expect(first.status == 0, "\(first.stderr)")
        let form = environment.path("ea-out.xlsx")
        let export = try environment.run(["grid", "export", environment.path("ea.yaml"), "--format", "xlsform", "--output", form])
        #expect(export.status == 0, "\(export.stderr)")
        if let converted = convertWithPyxform(form) { #expect(converted.status == 0, "\(converted.stdout)\(converted.stderr)") }
        let archive = try Archive(url: URL(fileURLWithPath: form), accessMode: .read)
        var survey = Data()
        _ = try archive.extract(try #require(archive["xl/worksheets/sheet1.xml"])) { survey.append($0) }
        #expect(String(decoding: survey, as: UTF8.self).contains("label::English (en)"))
        let back = try environment.run(["grid", "import", form, "--output", environment.path("back.yaml")])
        #expect(back.status == 0, "\(back.stderr)")
        let original = try GridLoader.load(contentsOf: environment.path("ea.yaml")).grid
        let again = try GridLoader.load(contentsOf: environment.path("back.yaml")).grid
        try Self.expectSameQuestions(again, original)
        try Self.expectSameQuestions(again.localized(to: .en), original.localized(to: .en))
    }

    @Test("A CSV form (survey.csv and choices.csv in a folder) is accepted by grid check")
    func csvForm() throws {
        defer { environment.remove() }
        let folder = environment.path("formulaire")
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        try "type,name,label,relevant\nselect_one yes_no,membre,\"Êtes-vous membre, « vraiment »?\",\ninteger,annees,Depuis combien d'années?,${membre} = 'yes'\n"
            .write(toFile: folder + "/survey.csv", atomically: true, encoding: .utf8)
        try "list_name,name,label\nyes_no,yes,Oui\nyes_no,no,Non\n".write(toFile: folder + "/choices.csv", atomically: true, encoding: .utf8)
        let check = try environment.run(["grid", "check", folder])
        #expect(check.status == 0, "\(check.stderr)")
        let show = try environment.run(["grid", "show", folder])
        #expect(show.stdout.contains("Êtes-vous membre, « vraiment »?"))
    }

    @Test("A damaged workbook is refused with a clear message and exit 65, never a trap")
    func damagedWorkbooks() throws {
        defer { environment.remove() }
        let notZip = environment.path("pas-un-zip.xlsx")
        try "type,name,label\n".write(toFile: notZip, atomically: true, encoding: .utf8)
        let first = try environment.run(["grid", "import", notZip, "--lang", "en"])
        #expect(first.status == 65 && !first.trapped)
        #expect(first.stderr.contains("not an .xlsx workbook (not a ZIP archive)"))

        let noSurvey = environment.path("sans-survey.xlsx")
        try Self.workbook(at: noSurvey, sheetName: "choices", sheet: Data("<worksheet><sheetData/></worksheet>".utf8))
        let second = try environment.run(["new", "--grid", noSurvey, "--lang", "en"], stdin: "x\n")
        #expect(second.status == 65 && !second.trapped)
        #expect(second.stderr.contains("no sheet \"survey\""))

        let bomb = environment.path("bombe.xlsx")
        try Self.workbook(at: bomb, sheetName: "survey", sheet: Data(repeating: UInt8(ascii: " "), count: 40 * 1_048_576))
        let third = try environment.run(["grid", "check", bomb, "--lang", "en"])
        #expect(third.status == 65 && !third.trapped)
        #expect(third.stderr.contains("is over 16 MiB once uncompressed"))

        let badXML = environment.path("mauvais-xml.xlsx")
        try Self.workbook(at: badXML, sheetName: "survey", sheet: Data("<worksheet><sheetData><row></sheetData>".utf8))
        let fourth = try environment.run(["grid", "show", badXML, "--lang", "en"])
        #expect(fourth.status == 65 && !fourth.trapped)
        #expect(fourth.stderr.contains("xl/worksheets/sheet1.xml is not well-formed XML"))
    }

    /// A minimal workbook with one sheet of the given XML (deflated: a huge sheet stays a small file).
    private static func workbook(at path: String, sheetName: String, sheet: Data) throws {
        let archive = try Archive(url: URL(fileURLWithPath: path), accessMode: .create)
        let parts: [(String, Data)] = [
            ("xl/workbook.xml", Data("<workbook><sheets><sheet name=\"\(sheetName)\" sheetId=\"1\" r:id=\"rId1\"/></sheets></workbook>".utf8)),
            ("xl/_rels/workbook.xml.rels", Data("<Relationships><Relationship Id=\"rId1\" Target=\"worksheets/sheet1.xml\"/></Relationships>".utf8)),
            ("xl/worksheets/sheet1.xml", sheet),
        ]
        for (name, data) in parts {
            try archive.addEntry(with: name, type: .file, uncompressedSize: Int64(data.count), compressionMethod: .deflate) { position, size in
                data.subdata(in: Int(position)..<(Int(position) + size))
            }
        }
    }

    /// The two grids have the same sections, questions, ids, types, texts, help, choices,
    /// conditions, bounds and ranks.
    private static func expectSameQuestions(_ actual: Grid, _ expected: Grid) throws {
        #expect(actual.id == expected.id && actual.title == expected.title && actual.languages == expected.languages)
        #expect(actual.sections.map(\.id) == expected.sections.map(\.id))
        #expect(actual.sections.map(\.title) == expected.sections.map(\.title))
        #expect(actual.sections.map(\.when) == expected.sections.map(\.when))
        #expect(actual.questions.count == expected.questions.count)
        for (mine, theirs) in zip(actual.questions, expected.questions) {
            #expect(mine.id == theirs.id)
            #expect(mine.type == theirs.type, "\(mine.id)")
            #expect(mine.text == theirs.text, "\(mine.id)")
            #expect(mine.help == theirs.help, "\(mine.id)")
            #expect(mine.choices.map(\.id) == theirs.choices.map(\.id), "\(mine.id)")
            #expect(mine.choices.map(\.label) == theirs.choices.map(\.label), "\(mine.id)")
            #expect(mine.when == theirs.when, "\(mine.id)")
            #expect(mine.min == theirs.min && mine.max == theirs.max, "\(mine.id)")
            #expect(mine.required == theirs.required, "\(mine.id)")
            #expect(mine.from == theirs.from && mine.count == theirs.count, "\(mine.id)")
        }
    }
}
