import Foundation
import Testing
@testable import Grid

/// The data dictionary: the wide CSV's columns, described from the grid, in four formats.
@Suite("Codebook")
struct CodebookTests {
    private static let grid = """
        grid: dico
        version: 2
        title: Dico
        sections:
          - id: s
            title: S
            questions:
              - {id: nom, text: "Nom ?", label: Nom, type: text, personal: true}
              - {id: oui_non, text: "Oui ou non ?", type: yesno}
          - id: t
            title: T
            when: oui_non == yes
            questions:
              - id: statut
                text: "Statut ?"
                type: choice
                choices: [{id: coop, label: "Coop \\"solidaire\\" é 🌾"}, {id: obnl, label: OBNL}]
              - {id: n, text: "Combien ?", type: decimal, unit: "$", min: -1.5, max: 10, when: answered(statut)}
        """

    private func loaded() throws -> Grid { try GridLoader.load(text: Self.grid, file: "dico.yaml").grid }

    @Test("The codebook's columns are the wide CSV's header, in order, and every entry says what it describes")
    func columnsAreTheHeader() throws {
        let grid = try loaded()
        let codebook = Codebook(grid: grid, language: .fr)
        let header = CSVWideWriter(grids: [grid], options: CSVOptions()).headerLine()
        #expect(CSVField.line(codebook.entries.map(\.column), raw: false) == header)
        let n = try #require(codebook.entries.first { $0.column == "n" })
        #expect(n.number == 4 && n.section == "t" && n.type == "decimal" && n.unit == "$" && n.min == -1.5 && n.max == 10)
        #expect(n.condition == "oui_non == yes and answered(statut)")
        let status = try #require(codebook.entries.first { $0.column == "n_status" })
        #expect(status.kind == "status" && status.values.map(\.code) == QuestionStatus.allCases.map(\.rawValue))
        #expect(codebook.entries.first { $0.column == "oui_non" }?.values == [CodebookValue(code: "true", label: "Oui"), CodebookValue(code: "false", label: "Non")])
        #expect(Codebook(grid: grid, language: .en).entries.first { $0.column == "oui_non" }?.values.map(\.label) == ["Yes", "No"])
    }

    @Test("The CSV codebook puts one code=label per line in its values cell")
    func csv() throws {
        let text = Codebook(grid: try loaded(), language: .fr).csvText()
        #expect(text.hasPrefix("column,kind,question,number,section,text,label,type,unit,min,max,condition,values\r\n"))
        #expect(text.contains("\r\nstatut,answer,statut,3,t,Statut ?,Statut ?,choice,,,,oui_non == yes,\"coop=Coop \"\"solidaire\"\" é 🌾\nobnl=OBNL\"\r\n"))
        #expect(text.contains("\r\nn,answer,n,4,t,Combien ?,Combien ?,decimal,$,-1.5,10,"))
    }

    @Test("The JSON codebook is an array of objects with sorted keys and null where nothing applies")
    func json() throws {
        let text = Codebook(grid: try loaded(), language: .en).jsonText()
        let entries = try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [[String: Any]])
        #expect(entries.count == 9 + 8)
        #expect(entries[0]["number"] is NSNull && entries[0]["column"] as? String == "case")
        #expect(entries[0]["text"] as? String == "Case id (its UUID when anonymised)")
    }

    @Test("R string literals escape quotes, backslashes and every non-ASCII character, so any locale reads them")
    func rStrings() {
        #expect(Codebook.string("Coop \"solidaire\" \\ é 🌾\nfin") == "\"Coop \\\"solidaire\\\" \\\\ \\u{e9} \\U{1f33e}\\nfin\"")
    }

    @Test("The Markdown codebook escapes what Markdown would read as markup")
    func markdown() throws {
        let text = Codebook(grid: try loaded(), language: .fr).markdownText()
        #expect(text.hasPrefix("# Dictionnaire des données — Dico\n"))
        #expect(text.contains("`coop` Coop \"solidaire\" é 🌾<br>`obnl` OBNL"))
        #expect(Codebook.cell("a|b *c* [d](e) <x> `y`") == "a\\|b \\*c\\* \\[d\\](e) \\<x\\> \\`y\\`")
    }
}
