import Foundation
import Testing
@testable import Grid

@Suite("Loading good grids")
struct GridLoaderTests {
    @Test("The default grid loads with its 4 sections and 61 questions")
    func defaultGridLoads() throws {
        let loaded = try DefaultGrid.load()
        #expect(loaded.grid.id == "territoires-nourriciers")
        #expect(loaded.grid.version == 1)
        #expect(loaded.grid.language == .fr)
        #expect(loaded.grid.sections.map(\.id) == ["identification", "demarrage", "developpement", "profil"])
        #expect(loaded.grid.sections.map(\.questions.count) == [5, 5, 16, 35])
        #expect(loaded.grid.questions.count == 61)
        #expect(loaded.file == DefaultGrid.fileName)
    }

    @Test("A loaded grid keeps its exact text and that text's SHA-256")
    func loadedGridKeepsItsText() throws {
        let loaded = try DefaultGrid.load()
        #expect(loaded.text == DefaultGrid.text)
        #expect(loaded.sha256 == SHA256.hex(of: DefaultGrid.bytes))
        #expect(loaded.sha256.count == 64)
    }

    @Test("Every field of a YAML grid is read into the model")
    func readsEveryField() throws {
        let grid = try #require(InlineGrid.load("""
            grid: etude-test
            version: 3
            language: en
            title: "Test study"
            title_from: name
            subtitle_from: kind
            summary_from: name
            objectives:
              - Understand the start.
              - Understand the growth.
            sections:
              - id: start
                title: "The start"
                label: Start
                questions:
                  - id: name
                    text: "What is the organisation called?"
                    type: text
                    required: true
                    label: Organisation
                    help: "The legal name."
                    personal: true
                  - id: kind
                    text: "Which kind?"
                    type: choice
                    choices: [Co-op, Non-profit]
                  - id: staff
                    text: "How many employees?"
                    type: integer
                    min: 0
                    max: 500
                    unit: employees
                    probes:
                      - Full time?
                      - Part time?
                  - id: factors
                    text: "Success factors?"
                    type: list
              - id: growth
                title: "Growth"
                when: staff > 0 and kind == co-op
                questions:
                  - id: top
                    text: "The two most important?"
                    type: rank
                    from: factors
                    count: 2
            codebook:
              - id: anchoring
                label: "Anchoring in the community"
                codes:
                  - {id: mobilisation, label: "Citizen mobilisation"}
            case_file:
              - title: Overview
                entries:
                  - {heading: Staff, from: [staff]}
                  - {heading: Factors, from: factors}
            """))
        #expect(grid.id == "etude-test")
        #expect(grid.version == 3)
        #expect(grid.language == .en)
        #expect(grid.title == "Test study")
        #expect(grid.titleFrom == "name")
        #expect(grid.subtitleFrom == "kind")
        #expect(grid.summaryFrom == "name")
        #expect(grid.objectives == ["Understand the start.", "Understand the growth."])
        #expect(grid.sections.map(\.displayLabel) == ["Start", "Growth"])

        let name = try #require(grid.question(id: "name"))
        #expect(name.required && name.personal)
        #expect(name.label == "Organisation")
        #expect(name.displayLabel == "Organisation")
        #expect(name.help == "The legal name.")
        #expect(name.position == SourcePosition(line: 16, column: 9))

        let staff = try #require(grid.question(id: "staff"))
        #expect(staff.type == .integer)
        #expect(staff.min == 0 && staff.max == 500)
        #expect(staff.unit == "employees")
        #expect(staff.probes == ["Full time?", "Part time?"])
        #expect(staff.required == false && staff.personal == false)
        #expect(staff.displayLabel == "How many employees?")

        let top = try #require(grid.question(id: "top"))
        #expect(top.type == .rank && top.from == "factors" && top.count == 2)
        #expect(grid.sections[1].when == .and([
            .compare(question: "staff", .greater, .number(0)),
            .compare(question: "kind", .equal, .text("co-op")),
        ]))

        #expect(grid.codebook == [Theme(id: "anchoring", label: "Anchoring in the community",
                                        codes: [.init(id: "mobilisation", label: "Citizen mobilisation")])])
        #expect(grid.caseFile == [CaseFileSection(title: "Overview", entries: [
            .init(heading: "Staff", from: ["staff"]),
            .init(heading: "Factors", from: ["factors"]),
        ])])
    }

    @Test("A JSON grid loads like the same grid in YAML")
    func loadsJSON() throws {
        let grid = try #require(InlineGrid.load("""
            {
              "grid": "json-grid",
              "version": 2,
              "sections": [
                {"id": "s", "title": "Section", "questions": [
                  {"id": "consent", "text": "Do you agree?", "type": "yesno", "required": true},
                  {"id": "share", "text": "What share?", "type": "percent", "min": 0, "max": 100,
                   "when": "consent == yes"},
                  {"id": "place", "text": "Where?", "type": "choice",
                   "choices": ["Urbain", {"id": "rural", "label": "Rural"}]}
                ]}
              ]
            }
            """))
        #expect(grid.id == "json-grid")
        #expect(grid.version == 2)
        #expect(grid.questions.map(\.type) == [.yesno, .percent, .choice])
        #expect(grid.question(id: "consent")?.required == true)
        #expect(grid.question(id: "share")?.max == 100)
        #expect(grid.question(id: "share")?.when == .compare(question: "consent", .equal, .bool(true)))
        #expect(grid.question(id: "place")?.choices == [Choice(id: "urbain", label: "Urbain"), Choice(id: "rural", label: "Rural")])
    }

    @Test("Choices written as plain strings get their slug as id and keep their text as label")
    func stringChoicesGetSlugIDs() throws {
        let grid = try #require(InlineGrid.load("""
            grid: g
            version: 1
            sections:
              - id: s
                title: S
                questions:
                  - id: milieu
                    text: "Milieu?"
                    type: multichoice
                    choices:
                      - Urbain
                      - "Périurbain ou semi-rural"
                      - "Coop Alina — Rimouski"
                      - 42
            """))
        #expect(grid.question(id: "milieu")?.choices == [
            Choice(id: "urbain", label: "Urbain"),
            Choice(id: "periurbain-ou-semi-rural", label: "Périurbain ou semi-rural"),
            Choice(id: "coop-alina-rimouski", label: "Coop Alina — Rimouski"),
            Choice(id: "42", label: "42"),
        ])
    }

    @Test("Choices written as {id, label} keep both, and a choice without label shows its id")
    func mappingChoicesKeepIDAndLabel() throws {
        let grid = try #require(InlineGrid.load("""
            grid: g
            version: 1
            sections:
              - id: s
                title: S
                questions:
                  - id: statut
                    text: "Statut?"
                    type: choice
                    choices:
                      - {id: coop_solidarite, label: "Coopérative de solidarité"}
                      - id: obnl
                        label: "OBNL"
                      - {id: autre}
            """))
        let statut = try #require(grid.question(id: "statut"))
        #expect(statut.choices == [
            Choice(id: "coop_solidarite", label: "Coopérative de solidarité"),
            Choice(id: "obnl", label: "OBNL"),
            Choice(id: "autre", label: "autre"),
        ])
        #expect(statut.choice(id: "obnl")?.label == "OBNL")
    }

    @Test("Booleans accept true/false, yes/no and oui/non in any case")
    func booleansAcceptSeveralSpellings() throws {
        let grid = try #require(InlineGrid.load("""
            grid: g
            version: 1
            sections:
              - id: s
                title: S
                questions:
                  - {id: a, text: A, type: text, required: true}
                  - {id: b, text: B, type: text, required: oui}
                  - {id: c, text: C, type: text, required: Yes}
                  - {id: d, text: D, type: text, required: NON}
                  - {id: e, text: E, type: text, required: false, personal: no}
            """))
        #expect(grid.questions.map(\.required) == [true, true, true, false, false])
    }

    @Test("A lone text where a list of texts is expected reads as a one-item list")
    func loneTextIsAOneItemList() throws {
        let grid = try #require(InlineGrid.load("""
            grid: g
            version: 1
            objectives: "Understand."
            sections:
              - id: s
                title: S
                questions:
                  - {id: a, text: A, type: list, probes: "Anything else?"}
            case_file:
              - title: T
                entries:
                  - {heading: H, from: a}
            """))
        #expect(grid.objectives == ["Understand."])
        #expect(grid.questions.first?.probes == ["Anything else?"])
        #expect(grid.caseFile.first?.entries.first?.from == ["a"])
    }

    @Test("Optional fields take their defaults: title is the grid id, language is French")
    func optionalFieldsTakeDefaults() throws {
        let grid = try #require(InlineGrid.load("""
            # a comment before the grid
            ---
            grid: minimal
            version: 1
            sections:
              - id: s
                title: S
                questions:
                  - {id: a, text: A, type: text}
            """))
        #expect(grid.title == "minimal")
        #expect(grid.language == .fr)
        #expect(grid.titleFrom == nil && grid.subtitleFrom == nil)
        #expect(grid.objectives.isEmpty && grid.codebook.isEmpty && grid.caseFile.isEmpty)
        let question = try #require(grid.questions.first)
        #expect(!question.required && !question.personal)
        #expect(question.when == nil && question.label == nil && question.probes.isEmpty)
    }

    @Test("The language code is read case-insensitively")
    func languageIsCaseInsensitive() {
        let grid = InlineGrid.load("""
            grid: g
            version: 1
            language: EN
            sections: [{id: s, title: S, questions: [{id: a, text: A, type: text}]}]
            """)
        #expect(grid?.language == .en)
    }

    @Test("Every question type is accepted")
    func acceptsEveryType() throws {
        var lines = ["grid: g", "version: 1", "sections:", "  - id: s", "    title: S", "    questions:",
                     "      - {id: source, text: S, type: list}"]
        for type in QuestionType.allCases {
            var question = "      - {id: q_\(type.rawValue), text: T, type: \(type.rawValue)"
            if type == .choice || type == .multichoice { question += ", choices: [A, B]" }
            if type == .rank { question += ", from: source, count: 2" }
            lines.append(question + "}")
        }
        let grid = try #require(InlineGrid.load(lines.joined(separator: "\n")))
        #expect(grid.questions.dropFirst().map(\.type) == QuestionType.allCases)
    }

    @Test("A grid file is read from disk, and a missing file is reported as not found")
    func loadsFromDisk() throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("grid-loader-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        let path = directory.appendingPathComponent("g.yaml").path
        let text = "grid: g\nversion: 1\nsections: [{id: s, title: S, questions: [{id: a, text: A, type: text}]}]\n"
        try Data(text.utf8).write(to: URL(fileURLWithPath: path))

        let loaded = try GridLoader.load(contentsOf: path)
        #expect(loaded.file == path)
        #expect(loaded.text == text)
        #expect(loaded.sha256 == SHA256.hex(of: text))

        let missing = directory.appendingPathComponent("absent.yaml").path
        #expect(throws: GridLoadError.fileNotFound(path: missing)) { try GridLoader.load(contentsOf: missing) }
    }

    @Test("Problems in a file on disk name that file's path")
    func problemsNameThePath() throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("grid-loader-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        let path = directory.appendingPathComponent("bad.yaml").path
        try Data("grid: g\nversion: 1\n".utf8).write(to: URL(fileURLWithPath: path))

        let expected = GridIssue(file: path, position: .init(line: 1, column: 1),
                                 problem: .missingField("sections", owner: "grid"))
        #expect(throws: GridLoadError.invalid(file: path, issues: [expected])) { try GridLoader.load(contentsOf: path) }
        #expect(expected.description(in: .en) == "\(path):1:1: this grid has no `sections`, which is required: add `sections: …`")
    }
}
