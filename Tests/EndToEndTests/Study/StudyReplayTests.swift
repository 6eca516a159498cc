import Foundation
import Testing
import ZIPFoundation

/// The seed's study replayed end to end on the built binary: the three reference interviews
/// (entered on the built-in grid, `Fixtures/study/`) are imported as if from another
/// interviewer's laptop, coded with `interview code`, summarised, booked and handed to QDA
/// software; the summary's themes table and profile, and the book, are checked against counts
/// made here from the interviews themselves.
@Suite("The study replayed: import, code, summary, book, QDPX", .serialized)
struct StudyReplayTests {
    private let environment: TestEnvironment
    static let cases = ["coop-alina", "jardins-mistouk", "santropol-roulant"]

    static var folder: String {
        URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("Fixtures/study/responses").path
    }

    init() throws {
        environment = try TestEnvironment()
    }

    /// Imports the study folder and codes every case; the texts coded, by case.
    private func importAndCode() throws -> [String: [StudyCoding.Text]] {
        let imported = try environment.run(["import", Self.folder], timeout: 20)
        try #require(imported.status == 0, "\(imported.stderr)")
        var texts: [String: [StudyCoding.Text]] = [:]
        for caseID in Self.cases {
            let record = try environment.run(["export", caseID, "-f", "json"])
            let json = try #require(try JSONSerialization.jsonObject(with: Data(record.stdout.utf8)) as? [String: Any])
            texts[caseID] = StudyCoding.texts(of: json)
            let coded = try environment.run(["code", caseID, "--coder", "Équipe TN"], stdin: StudyCoding.input(for: texts[caseID] ?? []),
                                            timeout: 30)
            try #require(coded.status == 0, "\(caseID): \(coded.stderr)")
            #expect(!coded.stderr.contains("Ligne"), "no line refused: \(coded.stderr)")
        }
        return texts
    }

    @Test("the summary counts every theme's mentions and cases, by section, as the interviews were coded")
    func themesTable() throws {
        defer { environment.remove() }
        let expected = StudyCoding.expected(try importAndCode())
        try #require(!expected.isEmpty)
        let summary = try environment.run(["summary", "-f", "json"], timeout: 30)
        try #require(summary.status == 0, "\(summary.stderr)")
        let json = try #require(try JSONSerialization.jsonObject(with: Data(summary.stdout.utf8)) as? [String: Any])
        #expect(json["cases"] as? Int == 3)
        let themes = try #require(json["themes"] as? [[String: Any]])
        for theme in themes {
            let id = theme["id"] as? String ?? ""
            let count = expected[id] ?? StudyCoding.Count()
            #expect(theme["mentions"] as? Int == count.mentions, "\(id) mentions")
            #expect(theme["cases"] as? Int == count.cases.count, "\(id) cases")
            let bySection = theme["by_section"] as? [String: [String: Any]] ?? [:]
            for (section, counted) in count.bySection {
                #expect(bySection[section]?["mentions"] as? Int == counted.mentions, "\(id) in \(section)")
                #expect(bySection[section]?["cases"] as? Int == counted.cases.count, "\(id) cases in \(section)")
            }
        }
        #expect(Set(themes.compactMap { $0["id"] as? String }).isSuperset(of: expected.keys))
        // The profile of the set, computed: one co-op (of consumers) and two non-profits.
        let profile = try #require(json["profile"] as? [String: Any])
        let statut = try #require(profile["statut"] as? [String: Any])
        let options = Dictionary(uniqueKeysWithValues: (statut["options"] as? [[String: Any]] ?? []).map {
            ($0["id"] as? String ?? "", $0["count"] as? Int ?? -1)
        })
        #expect(options["obnl"] == 2 && options["coop_consommateurs"] == 1)

        // The Markdown words the counts as the case book does.
        let markdown = try environment.run(["summary"], timeout: 30)
        let mobilisation = expected["ancrage.mobilisation"] ?? StudyCoding.Count()
        let sentence = "\(mobilisation.mentions) mention\(mobilisation.mentions > 1 ? "s" : "") par \(mobilisation.cases.count) entreprise\(mobilisation.cases.count > 1 ? "s" : "")"
        #expect(markdown.stdout.contains(sentence), "« \(sentence) » in \(markdown.stdout.prefix(3000))")
    }

    @Test("the book holds the three fiches, the profile and the themes table with the counts, in one HTML file")
    func book() throws {
        defer { environment.remove() }
        let expected = StudyCoding.expected(try importAndCode())
        let path = environment.path("cahier.html")
        let book = try environment.run(["book", "--format", "html", "-o", path], timeout: 30)
        try #require(book.status == 0, "\(book.stderr)")
        let html = try String(contentsOfFile: path, encoding: .utf8)
        for title in ["Coop Alina", "Jardins Mistouk", "Santropol Roulant"] { #expect(html.contains(title)) }
        #expect(html.contains("Cahier de cas"))
        let ancrage = expected["ancrage"] ?? StudyCoding.Count()
        #expect(html.contains("\(ancrage.mentions) mentions par \(ancrage.cases.count) entreprises"))
        #expect(!html.contains("<script"))
    }

    @Test("the QDPX project holds every coded segment at its place in its case's source")
    func qdpx() throws {
        defer { environment.remove() }
        let expected = StudyCoding.expected(try importAndCode())
        let path = environment.path("etude.qdpx")
        let export = try environment.run(["export", "--all", "--format", "qdpx", "-o", path], timeout: 30)
        try #require(export.status == 0, "\(export.stderr)")
        let archive = try Archive(url: URL(fileURLWithPath: path), accessMode: .read)
        var project = Data()
        let entry = try #require(archive["project.qde"])
        _ = try archive.extract(entry) { project.append($0) }
        let xml = String(decoding: project, as: UTF8.self)
        let selections = xml.components(separatedBy: "<PlainTextSelection ").count - 1
        // One selection per coded place of the records: whole texts with codes, and the segments.
        var codings = 0
        for caseID in Self.cases {
            let record = try environment.run(["export", caseID, "-f", "json"])
            let json = try #require(try JSONSerialization.jsonObject(with: Data(record.stdout.utf8)) as? [String: Any])
            codings += (json["codings"] as? [[String: Any]])?.count ?? 0
        }
        #expect(codings > 0 && !expected.isEmpty)
        #expect(selections == codings, "\(selections) selections for \(codings) coded places")
        #expect(xml.contains("urn:QDA-XML:project:1.0"))
    }
}
