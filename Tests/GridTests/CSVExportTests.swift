import Foundation
import Testing
@testable import Grid

/// The CSV exports: RFC 4180 quoting, the formula guard, the wide and long layouts, and a
/// round trip through Python's `csv` module.
@Suite("CSV export")
struct CSVExportTests {
    // MARK: Quoting

    @Test("A plain cell is written as it is")
    func plainCell() {
        #expect(CSVField.quoted("Café 🌾 Montréal") == "Café 🌾 Montréal")
        #expect(CSVField.quoted("") == "")
    }

    @Test("A cell with a double quote is quoted and the quote doubled")
    func quoteInCell() {
        #expect(CSVField.quoted(#"Il a dit "oui""#) == #""Il a dit ""oui""""#)
    }

    @Test("A cell with a comma is quoted")
    func commaInCell() {
        #expect(CSVField.quoted("Québec, Canada") == #""Québec, Canada""#)
    }

    @Test("Cells with LF, CRLF or a lone CR are quoted and keep their line breaks")
    func lineBreaksInCell() {
        #expect(CSVField.quoted("a\nb") == "\"a\nb\"")
        #expect(CSVField.quoted("a\r\nb") == "\"a\r\nb\"")
        #expect(CSVField.quoted("a\rb") == "\"a\rb\"")
    }

    @Test("A quote followed by a combining accent is still doubled")
    func quoteWithCombiningMark() {
        #expect(CSVField.quoted("x\"\u{301}y") == "\"x\"\"\u{301}y\"")
    }

    @Test("Lines join cells with commas and end with CRLF")
    func lineEnd() {
        #expect(CSVField.line(["a", "b,c", ""], raw: true) == "a,\"b,c\",\r\n")
    }

    // MARK: Formula guard

    @Test("Cells a spreadsheet would run as a formula get a leading apostrophe", arguments: [
        #"=HYPERLINK("http://x","y")"#, "+1+1", "-2+3", "@SUM(A1)", "\tindent", "\rcarriage", "\r\nline", "-", "+", "=",
        "-1e", "--3", "-3-", "- 3",
    ])
    func guardedCells(_ text: String) {
        #expect(CSVField.isFormulaLike(text))
        #expect(CSVField.guarded(text) == "'" + text)
    }

    @Test("Plain numbers and ordinary text are left alone", arguments: [
        "-3", "+1.5", "40", "-0.25", ".5", "-1e-05", "1E+20", "Bonjour", "", "'=déjà", "[nsp]", "a=b", " =1",
    ])
    func unguardedCells(_ text: String) {
        #expect(!CSVField.isFormulaLike(text))
        #expect(CSVField.guarded(text) == text)
    }

    @Test("Numbers are written plain: dot decimal, no grouping, no unit")
    func plainNumbers() {
        #expect(CSVField.number(40) == "40")
        #expect(CSVField.number(5_000_000) == "5000000")
        #expect(CSVField.number(1.5) == "1.5")
        #expect(CSVField.number(-3) == "-3")
        #expect(CSVField.number(-0.0) == "0")
    }

    @Test("The wide CSV guards formula cells by default and leaves them under --raw")
    func wideGuardAndRaw() throws {
        let grid = try Sample.grid(Sample.small)
        let record = Sample.record(grid, events: [.answer(question: "a", value: .text("=1+1"), seconds: 3),
                                                  .answer(question: "b", value: .number(-3), seconds: 2)])
        let guarded = CSVWideWriter(grids: [grid.grid], options: CSVOptions()).line(for: record)
        let raw = CSVWideWriter(grids: [grid.grid], options: CSVOptions(raw: true)).line(for: record)
        #expect(guarded.hasSuffix(",'=1+1,answered,-3,answered,,unanswered\r\n"))
        #expect(raw.hasSuffix(",=1+1,answered,-3,answered,,unanswered\r\n"))
    }

    // MARK: Wide CSV

    @Test("The wide header has the case columns, then each question id in grid order with its status column beside it")
    func wideHeader() throws {
        let grid = try Sample.grid(Sample.full)
        let writer = CSVWideWriter(grids: [grid.grid], options: CSVOptions())
        let ids = ["nom", "organisme", "employes", "budget", "part", "consent", "statut", "secteurs", "defis", "top", "suivi"]
        #expect(writer.headerLine() == "case,uuid,grid,grid_version,status,interviewer,started,ended,total_seconds,"
            + ids.map { "\($0),\($0)_status" }.joined(separator: ",") + "\r\n")
        #expect(writer.columns.map(\.kind) == Array(repeating: .caseField, count: 9) + ids.flatMap { _ in [CSVColumn.Kind.answer, .status] })
        #expect(writer.prefix == "")
    }

    @Test("--labels puts each question's label, else its text, in the header, quoted when needed, and '(statut)' after it for its status")
    func labelsHeader() throws {
        let grid = try Sample.grid(Sample.full)
        let writer = CSVWideWriter(grids: [grid.grid], options: CSVOptions(labels: true))
        let labels = ["Nom", "Organisme", "Employés", "\"Budget annuel, en dollars ?\"", "Part du revenu ?", "Consentement ?", "Statut ?",
                      "Secteurs ?", "Défis ?", "Les plus importants ?", "Suivi ?"]
        let statuses = labels.map { $0.hasSuffix("\"") ? String($0.dropLast()) + " (statut)\"" : $0 + " (statut)" }
        #expect(writer.headerLine() == "case,uuid,grid,grid_version,status,interviewer,started,ended,total_seconds,"
            + zip(labels, statuses).map { "\($0),\($1)" }.joined(separator: ",") + "\r\n")
        let english = CSVWideWriter(grids: [grid.grid], options: CSVOptions(language: .en, labels: true))
        #expect(english.columns[10].name == "Nom (status)")
    }

    @Test("Answers are written for machines: plain numbers, true/false, choice ids, items one per line, each with its status")
    func wideValuesFrench() throws {
        let grid = try Sample.grid(Sample.full)
        let record = Sample.record(grid, events: Sample.answers, complete: true)
        let writer = CSVWideWriter(grids: [grid.grid], options: CSVOptions())
        let started = Timestamp.format(Sample.start)
        let ended = Timestamp.format(Sample.start.addingTimeInterval(120))
        let answers = ["Zoé Tremblay", "\"Ferme du Rang, coop\"", "40", "5000000", "1.5", "true", "coop", "\"agri\ndistri\"",
                       "\"Financement\nRelève\nTerres\"", "\"Relève\nFinancement\"", "Tout va bien"]
        #expect(writer.line(for: record) == "cas-1,\(Sample.uuidText),essai,1,completed,Zoé,\(started),\(ended),120,"
            + answers.map { $0 + ",answered" }.joined(separator: ",") + "\r\n")
    }

    @Test("--labels writes choice labels and Oui/Non (Yes/No in English); the codes are the same in both languages")
    func wideLabels() throws {
        let grid = try Sample.grid(Sample.full)
        let record = Sample.record(grid, events: Sample.answers, complete: true)
        let french = Sample.answerCells(try Python.rows(CSVWideWriter(grids: [grid.grid], options: CSVOptions(labels: true)), [record])[1])
        #expect(Array(french[5...7]) == ["Oui", "Coopérative", "Agriculture\nDistribution"])
        let english = Sample.answerCells(try Python.rows(CSVWideWriter(grids: [grid.grid], options: CSVOptions(language: .en, labels: true)), [record])[1])
        #expect(english[5] == "Yes")
        for language in [Language.fr, .en] {
            let codes = Sample.answerCells(try Python.rows(CSVWideWriter(grids: [grid.grid], options: CSVOptions(language: language)), [record])[1])
            #expect(Array(codes[5...7]) == ["true", "coop", "agri\ndistri"])
        }
    }

    @Test("Why a value is missing is a status code beside it, the same in French and English; the answer cell stays empty")
    func statusColumns() throws {
        let grid = try Sample.grid(Sample.full)
        let record = Sample.record(grid, events: Sample.statusEvents)
        for language in [Language.fr, .en] {
            let row = try Python.rows(CSVWideWriter(grids: [grid.grid], options: CSVOptions(language: language)), [record])[1]
            #expect(Sample.answerCells(row) == ["", "", "", "", "", "false", "", "", "", "", ""])
            #expect(Sample.statusCells(row) == ["unanswered", "skipped", "dont_know", "refused", "unanswered", "answered",
                                                "unanswered", "unanswered", "unanswered", "not_applicable", "not_applicable"])
        }
    }

    @Test("A number column holds only a plain number: a text value in a damaged record leaves it empty")
    func numberColumnOnlyNumbers() throws {
        let grid = try Sample.grid(Sample.full)
        var record = Sample.record(grid, events: Sample.answers, complete: true)
        record.sections[0].questions[2].value = .text("beaucoup")
        record.sections[0].questions[3].value = .number(1234567.25)
        let row = try Python.rows(CSVWideWriter(grids: [grid.grid], options: CSVOptions(language: .en, labels: true)), [record])[1]
        #expect(Array(Sample.answerCells(row)[2...4]) == ["", "1234567.25", "1.5"])
    }

    @Test("A list item holding a line break is written on one line, so splitting the cell on line breaks gives every item back")
    func itemsOnOneLine() throws {
        let grid = try Sample.grid(Sample.full)
        let items = ["Locaux ; équipements", "deux\nlignes", "trois\r\nlignes\u{2028}fin", "=formule"]
        let record = Sample.record(grid, events: [.answer(question: "defis", value: .list(items), seconds: 1)])
        let cell = Sample.answerCells(try Python.rows(CSVWideWriter(grids: [grid.grid], options: CSVOptions(raw: true)), [record])[1])[8]
        #expect(cell.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
            == ["Locaux ; équipements", "deux lignes", "trois lignes fin", "=formule"])
        #expect(CSVField.singleLine("a\rb\u{0B}c\u{0C}d\u{85}e\u{2029}f") == "a b c d e f")
    }

    @Test("An unfinished case has an empty end and its lifecycle as status")
    func unfinishedCase() throws {
        let grid = try Sample.grid(Sample.small)
        let record = Sample.record(grid, events: [.answer(question: "a", value: .text("x"), seconds: 1)])
        let row = try Python.rows(CSVWideWriter(grids: [grid.grid], options: CSVOptions()), [record])[1]
        #expect(row[4] == "in_progress")
        #expect(row[7] == "")
    }

    @Test("Questions are the union of the grids' questions: the first grid's order, then later grids' new ones")
    func unionOfGridVersions() throws {
        let first = try Sample.grid(Sample.versioned(1, questions: ["a", "b", "c"]))
        let second = try Sample.grid(Sample.versioned(2, questions: ["a", "d", "c", "e"]))
        let writer = CSVWideWriter(grids: [first.grid, second.grid], options: CSVOptions())
        #expect(writer.questionIDs == ["a", "b", "c", "d", "e"])
        let old = Sample.record(first, caseID: "ancien", events: ["a", "b", "c"].map { .answer(question: $0, value: .text("v1-" + $0), seconds: 1) })
        let new = Sample.record(second, caseID: "nouveau", events: ["a", "d", "c", "e"].map { .answer(question: $0, value: .text("v2-" + $0), seconds: 1) })
        let rows = try Python.rows(writer, [old, new])
        #expect(Sample.answerCells(rows[0]) == ["a", "b", "c", "d", "e"])
        #expect(Sample.statusCells(rows[0]) == ["a_status", "b_status", "c_status", "d_status", "e_status"])
        #expect(rows[1].prefix(4) == ["ancien", Sample.uuidText, "versions", "1"])
        #expect(Sample.answerCells(rows[1]) == ["v1-a", "v1-b", "v1-c", "", ""])
        #expect(Sample.statusCells(rows[1]) == ["answered", "answered", "answered", "", ""])
        #expect(rows[2].prefix(4) == ["nouveau", Sample.uuidText, "versions", "2"])
        #expect(Sample.answerCells(rows[2]) == ["v2-a", "", "v2-c", "v2-d", "v2-e"])
    }

    @Test("Every line has as many cells as the header")
    func sameWidth() throws {
        let first = try Sample.grid(Sample.versioned(1, questions: ["a", "b"]))
        let second = try Sample.grid(Sample.versioned(2, questions: ["c"]))
        let writer = CSVWideWriter(grids: [first.grid, second.grid], options: CSVOptions())
        let rows = try Python.rows(writer, [Sample.record(first, events: []), Sample.record(second, events: [])])
        #expect(rows.map(\.count) == [15, 15, 15])
    }

    @Test("--excel asks for a UTF-8 byte order mark before the header")
    func excelBOM() throws {
        let grid = try Sample.grid(Sample.small)
        let writer = CSVWideWriter(grids: [grid.grid], options: CSVOptions(excel: true))
        #expect(writer.prefix == "\u{FEFF}")
        #expect(CSVLongWriter(options: CSVOptions(excel: true)).prefix == "\u{FEFF}")
        let path = try Python.write(writer, [Sample.record(grid, events: [])])
        defer { try? FileManager.default.removeItem(atPath: path) }
        let bytes = Array(FileManager.default.contents(atPath: path) ?? Data())
        #expect(bytes.prefix(3) == [0xEF, 0xBB, 0xBF])
        #expect(try Python.rows(path: path)[0][0] == "case")
    }

    @Test("Anonymised: no personal column, the UUID as case id, no interviewer")
    func anonymised() throws {
        let grid = try Sample.grid(Sample.full)
        let record = Sample.record(grid, events: Sample.answers, complete: true, anonymise: true)
        let writer = CSVWideWriter(grids: [grid.grid], options: CSVOptions(anonymise: true))
        let rows = try Python.rows(writer, [record])
        #expect(!rows[0].contains("nom"))
        #expect(rows[0].count == 29)
        #expect(rows[1].count == 29)
        #expect(rows[1][0] == Sample.uuidText)
        #expect(rows[1][1] == Sample.uuidText)
        #expect(rows[1][5] == "")
        #expect(!rows[1].contains("Zoé Tremblay"))
        #expect(rows[1][9] == "Ferme du Rang, coop")
        #expect(rows[1][10] == "answered")
    }

    // MARK: Long CSV

    @Test("The long CSV has one line per question and item, with machine values and times")
    func longLines() throws {
        let grid = try Sample.grid(Sample.full)
        let record = Sample.record(grid, events: Sample.answers, complete: true)
        let writer = CSVLongWriter(options: CSVOptions())
        #expect(writer.headerLine() == "case,uuid,grid,grid_version,question,label,type,status,item,value,answered_at,seconds,said\r\n")
        let rows = try Python.rows(writer, [record])
        let at = { (second: Int) in Timestamp.format(Sample.start.addingTimeInterval(Double(second))) }
        let lead = ["cas-1", Sample.uuidText, "essai", "1"]
        #expect(rows.count == 1 + 7 + 2 + 3 + 2 + 1)
        #expect(rows[1] == lead + ["nom", "Nom", "text", "answered", "", "Zoé Tremblay", at(10), "4.5", ""])
        #expect(rows[3] == lead + ["employes", "Employés", "integer", "answered", "", "40", at(30), "2", ""])
        #expect(rows[4] == lead + ["budget", "Budget annuel, en dollars ?", "money", "answered", "", "5000000", at(40), "3", ""])
        #expect(rows[6] == lead + ["consent", "Consentement ?", "yesno", "answered", "", "true", at(60), "1", ""])
        #expect(rows[7] == lead + ["statut", "Statut ?", "choice", "answered", "", "coop", at(70), "1", ""])
        #expect(Array(rows[8].prefix(10)) == lead + ["secteurs", "Secteurs ?", "multichoice", "answered", "1", "agri"])
        #expect(Array(rows[9].prefix(10)) == lead + ["secteurs", "Secteurs ?", "multichoice", "answered", "2", "distri"])
        #expect(rows[10...12].map { $0[8] } == ["1", "2", "3"])
        #expect(rows[10...12].map { $0[9] } == ["Financement", "Relève", "Terres"])
        #expect(rows[13...14].map { $0[9] } == ["Relève", "Financement"])
        #expect(rows[13...14].map { $0[8] } == ["1", "2"])
        #expect(rows[15] == lead + ["suivi", "Suivi ?", "text", "answered", "", "Tout va bien", at(110), "2", ""])
    }

    @Test("The long CSV lists other statuses by name with an empty value")
    func longStatuses() throws {
        let grid = try Sample.grid(Sample.full)
        let record = Sample.record(grid, events: Sample.statusEvents)
        let rows = try Python.rows(CSVLongWriter(options: CSVOptions()), [record])
        #expect(rows.dropFirst().map { $0[7] } == ["unanswered", "skipped", "dont_know", "refused", "unanswered", "answered",
                                                   "unanswered", "unanswered", "unanswered", "not_applicable", "not_applicable"])
        #expect(rows[1][10] == "")
        #expect(rows[3][9] == "")
        #expect(rows[3][10] == Timestamp.format(Sample.start.addingTimeInterval(20)))
        #expect(rows[3][11] == "6")
        #expect(rows[10][10] == "")
        #expect(rows[10][11] == "")
    }

    @Test("The long CSV guards formula-looking cells like the wide one, unless raw (what export passes without --excel)")
    func longGuard() throws {
        let grid = try Sample.grid(Sample.small)
        let record = Sample.record(grid, events: [.answer(question: "a", value: .text("=1+1"), seconds: 1),
                                                  .answer(question: "b", value: .number(-3), seconds: 1)])
        let guarded = CSVLongWriter(options: CSVOptions(raw: false)).lines(for: record)
        #expect(guarded.hasPrefix("cas-1,\(Sample.uuidText),petite,1,a,A ?,text,answered,,'=1+1,"))
        #expect(guarded.contains(",b,B ?,integer,answered,,-3,"))
        let raw = CSVLongWriter(options: CSVOptions(raw: true)).lines(for: record)
        #expect(raw.hasPrefix("cas-1,\(Sample.uuidText),petite,1,a,A ?,text,answered,,=1+1,"))
    }

    @Test("The long CSV under --labels holds choice labels and Oui/Non, as the wide one does")
    func longLabels() throws {
        let grid = try Sample.grid(Sample.full)
        let record = Sample.record(grid, events: Sample.answers, complete: true)
        let rows = try Python.rows(CSVLongWriter(options: CSVOptions(labels: true, raw: true)), [record])
        #expect(rows[6][9] == "Oui")
        #expect(rows[7][9] == "Coopérative")
        #expect(rows[8...9].map { $0[9] } == ["Agriculture", "Distribution"])
        let wide = Sample.answerCells(try Python.rows(CSVWideWriter(grids: [grid.grid], options: CSVOptions(labels: true)), [record])[1])
        #expect(Array(wide[5...7]) == ["Oui", "Coopérative", "Agriculture\nDistribution"])
    }

    @Test("The long CSV of an anonymised record has no personal question")
    func longAnonymised() throws {
        let grid = try Sample.grid(Sample.full)
        let record = Sample.record(grid, events: Sample.answers, complete: true, anonymise: true)
        let rows = try Python.rows(CSVLongWriter(options: CSVOptions()), [record])
        #expect(!rows.contains { $0[4] == "nom" })
        #expect(rows.dropFirst().allSatisfy { $0[0] == Sample.uuidText })
    }

    // MARK: Round trip through Python's csv module

    @Test("Hostile cells come back from Python's csv reader exactly, guarded where they would run")
    func roundTripGuarded() throws {
        let grid = try Sample.grid(Sample.hostileGrid)
        let record = Sample.record(grid, interviewer: Sample.hostileInterviewer, events: Sample.hostileAnswers)
        let rows = try Python.rows(CSVWideWriter(grids: [grid.grid], options: CSVOptions(labels: true, excel: true)), [record])
        #expect(rows.count == 2)
        #expect(Sample.answerCells(rows[0]) == Sample.hostileLabels.map(CSVField.guarded))
        #expect(rows[1][5] == "'" + Sample.hostileInterviewer)
        #expect(Sample.answerCells(rows[1]) == Sample.hostileCells.map(CSVField.guarded))
        #expect(Sample.answerCells(rows[1])[3] == "'" + Sample.hostileCells[3])
        #expect(Sample.answerCells(rows[1])[8] == "-3")
    }

    @Test("Under --raw hostile cells come back from Python's csv reader exactly as they were")
    func roundTripRaw() throws {
        let grid = try Sample.grid(Sample.hostileGrid)
        let record = Sample.record(grid, interviewer: Sample.hostileInterviewer, events: Sample.hostileAnswers)
        let rows = try Python.rows(CSVWideWriter(grids: [grid.grid], options: CSVOptions(labels: true, raw: true)), [record])
        #expect(Sample.answerCells(rows[0]) == Sample.hostileLabels)
        #expect(rows[1][5] == Sample.hostileInterviewer)
        #expect(Sample.answerCells(rows[1]) == Sample.hostileCells)
    }

    @Test("Hostile list items come back from Python's long CSV exactly, one per line")
    func roundTripLong() throws {
        let grid = try Sample.grid(Sample.hostileGrid)
        let record = Sample.record(grid, interviewer: Sample.hostileInterviewer, events: Sample.hostileAnswers)
        let rows = try Python.rows(CSVLongWriter(options: CSVOptions(raw: true)), [record])
        let texts = rows.dropFirst().filter { $0[4] != "items" }.map { $0[9] }
        #expect(texts == Sample.hostileTexts)
        #expect(rows.dropFirst().filter { $0[4] == "items" }.map { $0[9] } == Sample.hostileItems)
        #expect(rows.dropFirst().map { $0[5] } == Array(Sample.hostileLabels.prefix(Sample.hostileTexts.count)) + Array(repeating: "=Liste", count: 3))
    }

    @Test("Many cases written line by line read back as as many rows")
    func manyCases() throws {
        let grid = try Sample.grid(Sample.hostileGrid)
        let record = Sample.record(grid, interviewer: Sample.hostileInterviewer, events: Sample.hostileAnswers)
        let records = (1...500).map { number -> CaseRecord in
            var copy = record
            copy.caseID = "cas-\(number)"
            return copy
        }
        let rows = try Python.rows(CSVWideWriter(grids: [grid.grid], options: CSVOptions()), records)
        #expect(rows.count == 501)
        #expect(rows.last?.first == "cas-500")
        #expect(Set(rows.dropFirst().map { Array($0.dropFirst()) }).count == 1)
    }
}

/// Grids, journals and records built in memory for the CSV tests.
private enum Sample {
    static let start = Date(timeIntervalSince1970: 1_790_000_000)
    static let uuid = UUID(uuid: (0x12, 0x34, 0x56, 0x78, 0x9A, 0xBC, 0xDE, 0xF0, 1, 2, 3, 4, 5, 6, 7, 8))
    static var uuidText: String { uuid.uuidString.lowercased() }

    static func grid(_ text: String) throws -> LoadedGrid {
        try GridLoader.load(text: text, file: "grid.yaml")
    }

    /// The record of a case whose events come ten seconds apart from the start, completion ten seconds after the last.
    static func record(_ grid: LoadedGrid, caseID: String = "cas-1", interviewer: String = "Zoé", events: [JournalEvent],
                       complete: Bool = false, anonymise: Bool = false) -> CaseRecord {
        let header = JournalHeader(caseID: caseID, uuid: uuid, grid: grid, interviewer: interviewer, language: .fr,
                                   program: "interview test", started: start)
        var entries = events.enumerated().map { JournalEntry($1, at: start.addingTimeInterval(Double(($0 + 1) * 10))) }
        if complete { entries.append(JournalEntry(.complete, at: start.addingTimeInterval(Double((entries.count + 1) * 10)))) }
        let journal = Journal(header: header, entries: entries, path: "responses/\(caseID).jsonl")
        return CaseRecordBuilder(anonymise: anonymise).record(journal: journal, grid: grid)
    }

    static let small = """
        grid: petite
        version: 1
        title: Petite
        sections:
          - id: s
            title: S
            questions:
              - {id: a, text: "A ?", type: text}
              - {id: b, text: "B ?", type: integer}
              - {id: c, text: "C ?", type: text}
        """

    static func versioned(_ version: Int, questions: [String]) -> String {
        """
        grid: versions
        version: \(version)
        title: Versions
        sections:
          - id: s
            title: S
            questions:
        \(questions.map { "      - {id: \($0), text: \"\($0.uppercased()) ?\", type: text}" }.joined(separator: "\n"))
        """
    }

    static let full = """
        grid: essai
        version: 1
        title: Essai
        sections:
          - id: identite
            title: Identité
            questions:
              - {id: nom, text: "Nom de la personne ?", label: Nom, type: text, personal: true}
              - {id: organisme, text: "Organisme ?", label: Organisme, type: text}
              - {id: employes, text: "Combien d'employés ?", label: Employés, type: integer}
              - {id: budget, text: "Budget annuel, en dollars ?", type: money, unit: "$"}
              - {id: part, text: "Part du revenu ?", type: percent}
          - id: activites
            title: Activités
            questions:
              - {id: consent, text: "Consentement ?", type: yesno}
              - id: statut
                text: "Statut ?"
                type: choice
                choices: [{id: obnl, label: OBNL}, {id: coop, label: Coopérative}]
              - id: secteurs
                text: "Secteurs ?"
                type: multichoice
                choices: [{id: agri, label: Agriculture}, {id: transfo, label: Transformation}, {id: distri, label: Distribution}]
              - {id: defis, text: "Défis ?", type: list}
              - {id: top, text: "Les plus importants ?", type: rank, from: defis, count: 2}
              - {id: suivi, text: "Suivi ?", type: text, when: "consent == yes"}
        """

    /// Answers to every question of `full` (at 10 s, 20 s, … from the start).
    static let answers: [JournalEvent] = [
        .answer(question: "nom", value: .text("Zoé Tremblay"), seconds: 4.5),
        .answer(question: "organisme", value: .text("Ferme du Rang, coop"), seconds: 3),
        .answer(question: "employes", value: .number(40), seconds: 2),
        .answer(question: "budget", value: .number(5_000_000), seconds: 3),
        .answer(question: "part", value: .number(1.5), seconds: 2),
        .answer(question: "consent", value: .bool(true), seconds: 1),
        .answer(question: "statut", value: .text("coop"), seconds: 1),
        .answer(question: "secteurs", value: .list(["agri", "distri"]), seconds: 2),
        .answer(question: "defis", value: .list(["Financement", "Relève", "Terres"]), seconds: 8),
        .answer(question: "top", value: .list(["Relève", "Financement"]), seconds: 5),
        .answer(question: "suivi", value: .text("Tout va bien"), seconds: 2),
    ]

    /// `organisme` skipped, `employes` don't know, `budget` refused, `consent` no (so `suivi`
    /// does not apply, nor `top` without `defis`), the rest unanswered.
    static let statusEvents: [JournalEvent] = [
        .skip(question: "organisme"),
        .special(question: "employes", .dontKnow, seconds: 6),
        .special(question: "budget", .refused, seconds: 2),
        .answer(question: "consent", value: .bool(false), seconds: 1),
    ]

    static let hostileInterviewer = "=cmd|' /C calc'!A0"

    /// One text question per hostile cell, then a list question.
    static let hostileTexts = [
        #"Il a dit "bonjour", puis "au revoir""#,
        "ligne 1\nligne 2\r\nligne 3\rfin",
        "Café 🌾 — Montréal, Québec, Ça élève",
        #"=HYPERLINK("http://x","y")"#,
        "+1+1",
        "-2+3",
        "@SUM(A1)",
        "\tindent",
        "-3",
        "+1.5",
        "40",
        "\r\ncommence par un saut",
        "x\"\u{301}y",
        "👩‍🌾🇨🇦",
        "",
    ]
    static let hostileItems = ["a, b", #"c "d""#, "=e"]
    static var hostileCells: [String] { hostileTexts + [hostileItems.joined(separator: "\n")] }

    /// The answer cells of a wide row (after the nine case columns, every other cell).
    static func answerCells(_ row: [String]) -> [String] {
        stride(from: 9, to: row.count, by: 2).map { row[$0] }
    }

    /// The status cells of a wide row, each beside its answer.
    static func statusCells(_ row: [String]) -> [String] {
        stride(from: 10, to: row.count, by: 2).map { row[$0] }
    }
    static var hostileLabels: [String] {
        hostileTexts.indices.map { "Question \($0), \"texte\"" } + ["=Liste"]
    }

    static var hostileGrid: String {
        let questions = hostileTexts.indices.map { "      - {id: t\($0), text: 'Question \($0), \"texte\"', type: text}" }
            + ["      - {id: items, text: '=Liste', type: list}"]
        return """
            grid: hostile
            version: 3
            title: Hostile
            sections:
              - id: s
                title: S
                questions:
            \(questions.joined(separator: "\n"))
            """
    }

    static var hostileAnswers: [JournalEvent] {
        hostileTexts.enumerated().map { .answer(question: "t\($0)", value: .text($1), seconds: 1) }
            + [.answer(question: "items", value: .list(hostileItems), seconds: 1)]
    }
}

/// Writes CSV to a temporary file and reads it back with Python's `csv` module.
private enum Python {
    static let script = #"import csv,sys,json; print(json.dumps(list(csv.reader(open(sys.argv[1], newline="", encoding="utf-8-sig")))))"#

    static func write(_ writer: CSVWideWriter, _ records: [CaseRecord]) throws -> String {
        var text = writer.prefix + writer.headerLine()
        for record in records { text += writer.line(for: record) }
        return try save(text)
    }

    static func rows(_ writer: CSVWideWriter, _ records: [CaseRecord]) throws -> [[String]] {
        let path = try write(writer, records)
        defer { try? FileManager.default.removeItem(atPath: path) }
        return try rows(path: path)
    }

    static func rows(_ writer: CSVLongWriter, _ records: [CaseRecord]) throws -> [[String]] {
        var text = writer.prefix + writer.headerLine()
        for record in records { text += writer.lines(for: record) }
        let path = try save(text)
        defer { try? FileManager.default.removeItem(atPath: path) }
        return try rows(path: path)
    }

    static func save(_ text: String) throws -> String {
        let path = NSTemporaryDirectory() + "/csv-export-\(UUID().uuidString).csv"
        try Data(text.utf8).write(to: URL(fileURLWithPath: path))
        return path
    }

    /// The rows Python's csv reader finds in the file (BOM skipped).
    static func rows(path: String) throws -> [[String]] {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["python3", "-c", script, path]
        let output = Pipe()
        process.standardOutput = output
        try process.run()
        let data = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        #expect(process.terminationStatus == 0)
        return try JSONDecoder().decode([[String]].self, from: data)
    }
}
