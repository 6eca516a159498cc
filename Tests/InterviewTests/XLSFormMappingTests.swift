import Grid
@testable import Interview
import Testing

/// The pieces of the XLSForm mapping: XPath conditions both ways, constraints as bounds, ids,
/// cell references, the sheet XML parser and CSV forms.
@Suite("XLSForm mapping")
struct XLSFormMappingTests {
    private let references: [String: XPathCondition.Reference] = [
        "consent": .init(id: "consent", choices: ["yes": "yes", "no": "no"]),
        "Statut": .init(id: "statut", choices: ["coop": "coop", "OBNL": "obnl"]),
        "employees": .init(id: "employees", choices: [:]),
        "town": .init(id: "town", choices: [:]),
    ]

    @Test("relevant expressions people write become conditions, names and choices as their ids")
    func relevantTranslated() {
        let cases: [(String, String)] = [
            ("${consent} = 'yes'", "consent == yes"),
            ("selected(${Statut}, 'OBNL')", "statut == obnl"),
            ("${employees} >= 10 and ${employees}<50", "employees >= 10 and employees < 50"),
            ("not(${Statut} = 'coop') or ${town} != ''", "not (statut == coop) or answered(town)"),
            ("(${town} = 'Rimouski') and ${consent} != 'no'", "(town == Rimouski) and consent != no"),
            ("${town} = 'Saint-Jean de Matha'", "town == \"Saint-Jean de Matha\""),
            ("${town} = ''", "not answered(town)"),
            // Free text the grid's reader would take for a yes/no word or cut at a quote is quoted its way.
            ("${town} = 'non'", "town == \"non\""),
            ("${town} = 'dit \"oui\"'", "town == 'dit \"oui\"'"),
        ]
        for (xpath, expected) in cases {
            #expect(XPathCondition.translate(xpath, references: references) == expected, "\(xpath)")
        }
    }

    @Test("relevant expressions the condition language cannot say give nothing, to be reported")
    func relevantRefused() {
        for xpath in ["${employees} * 2 > 10", "count-selected(${Statut}) > 1", "${unknown} = 'x'", "${Statut} = 'autre'",
                      "${consent} = 'yes' and", "string-length(${town}) > 3", "${town} = 'unclosed", String(repeating: "not(", count: 40) + "${town} = ''" + String(repeating: ")", count: 40)] {
            #expect(XPathCondition.translate(xpath, references: references) == nil, "\(xpath)")
        }
    }

    @Test("a grid's conditions written as XPath translate back to the same conditions")
    func conditionsRoundTrip() throws {
        var grid = Grid(id: "g", version: 1, title: "T", sections: [Section(id: "s", title: "S", questions: [
            Question(id: "consent", text: "C?", type: .yesno),
            { var q = Question(id: "roles", text: "R?", type: .multichoice); q.choices = [Choice(id: "a", label: "A"), Choice(id: "b", label: "B")]; return q }(),
            Question(id: "employees", text: "E?", type: .integer),
        ])])
        grid.sections[0].when = nil
        let conditions: [Condition] = [
            .compare(question: "consent", .equal, .bool(true)),
            .and([.compare(question: "roles", .equal, .text("a")), .compare(question: "employees", .greaterOrEqual, .number(10))]),
            .or([.not(.answered("employees")), .compare(question: "roles", .notEqual, .text("b"))]),
            .member(question: "roles", [.text("a"), .text("b")]),
        ]
        let references: [String: XPathCondition.Reference] = [
            "consent": .init(id: "consent", choices: ["yes": "yes", "no": "no"]),
            "roles": .init(id: "roles", choices: ["a": "a", "b": "b"]),
            "employees": .init(id: "employees", choices: [:]),
        ]
        let writer = XPathWriter(grid: grid)
        let expected = ["consent == yes", "(roles == a and employees >= 10)", "(not (answered(employees)) or not (roles == b))", "(roles == a or roles == b)"]
        for (condition, text) in zip(conditions, expected) {
            #expect(XPathCondition.translate(writer.xpath(condition), references: references) == text, "\(writer.xpath(condition))")
        }
    }

    @Test("constraints of bounds become min and max; any other constraint is refused")
    func bounds() {
        func bounds(_ constraint: String) -> [Double?]? { XLSFormImporter.bounds(constraint).map { [$0.0, $0.1] } }
        #expect(bounds(". >= 0 and . <= 120") == [0, 120])
        #expect(bounds(".>=1.5") == [1.5, nil])
        #expect(bounds(". <= 10") == [nil, 10])
        #expect(XLSFormImporter.bounds(". > 0") == nil)
        #expect(XLSFormImporter.bounds(". >= 0 or . <= 3") == nil)
        #expect(XLSFormImporter.bounds("regex(., '^[0-9]+$')") == nil)
    }

    @Test("names the grid refuses become ids, each once, and the renaming is known")
    func ids() {
        var ids = FormIDs()
        #expect(ids.id(for: "nom", fallback: "q").id == "nom" && !ids.id(for: "age", fallback: "q").renamed)
        #expect(ids.id(for: "Site Web", fallback: "q") == ("site_web", true))
        #expect(ids.id(for: "site_web", fallback: "q") == ("site_web_2", true))
        #expect(ids.id(for: "Élément·s", fallback: "q").id == "element_s")
        #expect(ids.id(for: "🌱", fallback: "q7") == ("q7", true))
    }

    @Test("cell references read and write as spreadsheets do")
    func cellReferences() {
        #expect(CellReference("B12") == CellReference(column: 1, row: 12))
        #expect(CellReference("AA1")?.column == 26)
        #expect(CellReference(column: 27, row: 3).text == "AB3")
        for bad in ["", "12", "B", "b2", "B0", "ABCD1", "B1x", "XFE1"] { #expect(CellReference(bad) == nil, "\(bad)") }
    }

    @Test("the sheet XML parser reads entities, CDATA and namespaces, and refuses what is not well-formed")
    func sheetXML() throws {
        let xml = "\u{FEFF}<?xml version=\"1.0\"?><!-- c --><x:si xmlns:x=\"u\"><x:t a='1 &amp; 2'>&lt;Oui&gt; &#233;t&#xE9; <![CDATA[a & b]]></x:t><rPh><t>ignored</t></rPh></x:si>"
        let root = try #require(SheetXMLParser.parse(Array(xml.utf8)))
        #expect(root.name == "si" && root.child("t")?.attributes["a"] == "1 & 2")
        #expect(root.stringText == "<Oui> été a & b")
        for bad in ["<a><b></a>", "<a>&bogus;</a>", "<!DOCTYPE a><a/>", "<a/><b/>", "<a", String(repeating: "<a>", count: 100) + String(repeating: "</a>", count: 100)] {
            #expect(SheetXMLParser.parse(Array(bad.utf8)) == nil, "\(bad.prefix(20))")
        }
        #expect(SheetXMLParser.parse([0x3C, 0x61, 0x3E, 0xFF, 0x3C, 0x2F, 0x61, 0x3E]) == nil)
    }

    @Test("CSV forms keep quoted commas, doubled quotes and line breaks, rows numbered by their first line")
    func csv() throws {
        let rows = try CSVFormReader.parse("type,name,label\r\ntext,q1,\"Oui, « non »\"\"\"\n\ntext,q2,\"deux\nlignes\"\n", file: "f.csv")
        #expect(rows.map(\.number) == [1, 2, 4])
        #expect(rows[1].cells[2] == "Oui, « non »\"")
        #expect(rows[2].cells[2] == "deux\nlignes")
        #expect(throws: XLSFormError.badCSV(path: "f.csv", line: 2)) { try CSVFormReader.parse("a\n\"open", file: "f.csv") }
    }
}
