import Foundation
import Testing
import Grid

/// Nothing typed becomes a link or HTML in a fiche: a `url` answer kept from before other schemes
/// were refused, and links, images, autolinks, code or HTML typed in text answers (web links
/// included), read as text, every character of inline Markdown escaped.
@Suite("Nothing typed becomes a link or HTML in a fiche")
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

    /// Whether every character of inline Markdown in `line` is escaped by a backslash, so that
    /// nothing in it can open a link, an image, an autolink, HTML or a code span.
    private static func everyMarkupEscaped(_ line: String) -> Bool {
        var escaped = false
        for character in line {
            if escaped { escaped = false; continue }
            if character == "\\" { escaped = true; continue }
            if "*_`[]<>|$~".contains(character) { return false }
        }
        return !escaped
    }

    @Test("A javascript: address saved before the fix is plain text: no link, no Markdown around it")
    func javascriptAddressIsText() throws {
        let fiche = try Self.fiche(answers: [("site", #""javascript://example.org/%0aalert(1)""#)])
        #expect(fiche.contains("\njavascript\\://example.org/%0aalert(1)\n"), "\(fiche)")
        #expect(!fiche.contains("](") && !fiche.contains("<java"), "\(fiche)")
    }

    @Test("Addresses with other schemes saved before the fix are shown as text, their markup escaped", arguments: [
        (#""data:text/html,<script>alert(1)</script>""#, "\ndata\\:text/html,\\<script\\>alert(1)\\</script\\>\n"),
        (#""JavaScript:alert(`1`)""#, "\nJavaScript\\:alert(\\`1\\`)\n"),
        (#""file:///etc/passwd""#, "\nfile\\:///etc/passwd\n"),
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

    @Test("Links, images, autolinks, code and HTML typed in a text answer are text: every markup character escaped, web links too", arguments: [
        ("[cliquez](javascript:alert(1))", "\\[cliquez\\](javascript\\:alert(1))"),
        ("![photo]( <javascript:alert(1)> )", "!\\[photo\\]( \\<javascript\\:alert(1)\\> )"),
        ("voir <javascript:alert(1)> ici", "voir \\<javascript\\:alert(1)\\> ici"),
        ("un <a href=\\\"javascript:alert(1)\\\">lien</a>", "un \\<a href=\"javascript\\:alert(1)\"\\>lien\\</a\\>"),
        ("[x]: javascript:alert(1)", "\\[x\\]: javascript\\:alert(1)"),
        ("[site](https://coop.ca) et <https://coop.ca> et <info@coop.ca>",
         "\\[site\\](https://coop.ca) et \\<https://coop.ca\\> et \\<info@coop.ca\\>"),
        ("[écrire](mailto:info@coop.ca)", "\\[écrire\\](mailto:info@coop.ca)"),
        ("le code `[x](javascript:y)` tel quel", "le code \\`\\[x\\](javascript\\:y)\\` tel quel"),
        ("`a\\nb` [x](javascript:alert(1)) `c`", "\\`a\nb\\` \\[x\\](javascript\\:alert(1)) \\`c\\`"),
        ("`a\\n\\nb` [x](javascript:alert(1))", "\\`a\n\nb\\` \\[x\\](javascript\\:alert(1))"),
        ("\\\\``[x](javascript:y)` fin", "\\\\\\`\\`\\[x\\](javascript\\:y)\\` fin"),
        ("`` ` `[x](javascript:y)` ``", "\\`\\` \\` \\`\\[x\\](javascript\\:y)\\` \\`\\`"),
        ("moins de <5 employé·e·s, x > 3", "moins de \\<5 employé·e·s, x \\> 3"),
        ("**gras** _pente_ ~~barré~~ $x$ | a | b |", "\\*\\*gras\\*\\* \\_pente\\_ \\~\\~barré\\~\\~ \\$x\\$ \\| a \\| b \\|"),
    ])
    func typedLinks(typed: String, shown: String) throws {
        let fiche = try Self.fiche(answers: [("remarque", "\"\(typed)\"")])
        #expect(fiche.contains("\n" + shown + "\n"), "\(fiche)")
        for line in shown.split(separator: "\n") { #expect(Self.everyMarkupEscaped(String(line)), "\(line)") }
    }

    @Test("A link typed as a list item is text, a web link as much as any other")
    func listItemLink() throws {
        let fiche = try Self.fiche(answers: [("sources", #"["[rapport](javascript:alert(1))","[site](http://coop.ca)"]"#)])
        #expect(fiche.contains("- \\[rapport\\](javascript\\:alert(1))\n- \\[site\\](http://coop.ca)\n"), "\(fiche)")
    }
}
