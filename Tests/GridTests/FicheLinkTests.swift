import Foundation
import Testing
import Grid

/// A fiche only makes links to http, https and mailto: a `url` answer kept from before other
/// schemes were refused, and links or HTML typed in text answers, read as text, never as links.
@Suite("Fiches link only to web pages and e-mail")
struct FicheLinkTests {
    private static let gridText = """
        grid: liens
        version: 1
        language: fr
        title: "Liens"
        sections:
          - id: profil
            title: "Profil"
            questions:
              - {id: site, text: "Site Web?", label: "Site Web", type: url}
              - {id: remarque, text: "Remarque?", label: "Remarque", type: text}
              - {id: sources, text: "Sources?", label: "Sources", type: list}
        """

    /// The fiche of a journal file holding these answer lines after its header, read from disk
    /// as `export` reads it.
    private static func fiche(answers: [(question: String, json: String)]) throws -> String {
        let loaded = try GridLoader.load(text: gridText, file: "liens.yaml")
        let header = JournalHeader(caseID: "coop", grid: loaded, interviewer: nil, language: .fr, program: "interview test",
                                   started: Date(timeIntervalSince1970: 1_790_000_000))
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.withoutEscapingSlashes, .sortedKeys]
        var lines = [String(decoding: try encoder.encode(header), as: UTF8.self)]
        for (offset, answer) in answers.enumerated() {
            lines.append(#"{"at":"2026-09-21T14:13:2\#(offset).000Z","event":"answer","question":"\#(answer.question)","seconds":3,"value":\#(answer.json)}"#)
        }
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("fiche-liens-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let path = folder + "/coop.jsonl"  // a journal is named after the case its header names
        try Data((lines.joined(separator: "\n") + "\n").utf8).write(to: URL(fileURLWithPath: path))
        let journal = try JournalReader.read(path: path)
        let record = CaseRecordBuilder().record(journal: journal, grid: loaded)
        return FicheRenderer(grid: loaded.grid, language: .fr).render(record)
    }

    @Test("A javascript: address saved before the fix is shown as text in a code span, not as a link")
    func javascriptAddressIsText() throws {
        let fiche = try Self.fiche(answers: [("site", #""javascript://example.org/%0aalert(1)""#)])
        #expect(fiche.contains("\n`javascript://example.org/%0aalert(1)`\n"), "\(fiche)")
    }

    @Test("Addresses with other schemes saved before the fix are shown as text", arguments: [
        (#""data:text/html,<script>alert(1)</script>""#, "\n`data:text/html,<script>alert(1)</script>`\n"),
        (#""JavaScript:alert(`1`)""#, "\nJavaScript\\:alert\\(\\`1\\`\\)\n"),
        (#""file:///etc/passwd""#, "\n`file:///etc/passwd`\n"),
    ])
    func otherSchemesAreText(json: String, shown: String) throws {
        let fiche = try Self.fiche(answers: [("site", json)])
        #expect(fiche.contains(shown), "\(fiche)")
    }

    @Test("A web address is shown as typed")
    func webAddressAsTyped() throws {
        let fiche = try Self.fiche(answers: [("site", #""https://coop-alina.ca/à-propos""#)])
        #expect(fiche.contains("\nhttps://coop-alina.ca/à-propos\n"), "\(fiche)")
    }

    @Test("Links, images, autolinks and HTML typed in a text answer lead nowhere but to web pages and e-mail", arguments: [
        ("[cliquez](javascript:alert(1))", "[cliquez\\](javascript:alert(1))"),
        ("![photo]( <javascript:alert(1)> )", "![photo\\]( \\<javascript:alert(1)> )"),
        ("voir <javascript:alert(1)> ici", "voir \\<javascript:alert(1)> ici"),
        ("un <a href=\\\"javascript:alert(1)\\\">lien</a>", "un \\<a href=\"javascript:alert(1)\">lien\\</a>"),
        ("[x]: javascript:alert(1)", "[x\\]: javascript:alert(1)"),
        ("[site](https://coop.ca) et <https://coop.ca> et <info@coop.ca>", "[site](https://coop.ca) et <https://coop.ca> et <info@coop.ca>"),
        ("[écrire](mailto:info@coop.ca)", "[écrire](mailto:info@coop.ca)"),
        ("le code `[x](javascript:y)` tel quel", "le code `[x](javascript:y)` tel quel"),
        ("`a\\nb` [x](javascript:alert(1)) `c`", "b` [x\\](javascript:alert(1)) `c`"),
        ("`a\\n\\nb` [x](javascript:alert(1))", "b` [x\\](javascript:alert(1))"),
        ("\\\\``[x](javascript:y)` fin", "\\``[x](javascript:y)` fin"),
        ("`` ` `[x](javascript:y)` ``", "`` ` `[x](javascript:y)` ``"),
        ("moins de <5 employé·e·s, x > 3", "moins de <5 employé·e·s, x > 3"),
    ])
    func typedLinks(typed: String, shown: String) throws {
        let fiche = try Self.fiche(answers: [("remarque", "\"\(typed)\"")])
        #expect(fiche.contains(shown), "\(fiche)")
    }

    @Test("A link typed as a list item leads nowhere but to web pages")
    func listItemLink() throws {
        let fiche = try Self.fiche(answers: [("sources", #"["[rapport](javascript:alert(1))","[site](http://coop.ca)"]"#)])
        #expect(fiche.contains("- [rapport\\](javascript:alert(1))\n- [site](http://coop.ca)\n"), "\(fiche)")
    }
}
