import Grid

/// A REFI-QDA 1.0 project (`project.qde`) being put together case by case: `Users`, `CodeBook`,
/// `Variables`, `Cases`, `Sources`, in the order the schema requires, empty ones left out. Each
/// case's elements and source text wait in a spill file until the document is written.
struct QDAProject {
    static let namespace = "urn:QDA-XML:project:1.0"

    let name: String
    let variables: [QDAVariable]
    private var codebook: QDACodebook
    private let language: Language
    private var people: [String] = []
    private let spill = SpillFile(prefix: "interview-qdpx")
    private var cases: [SpillFile.Extent] = []
    private var sources: [SpillFile.Extent] = []
    /// Each case's plain-text source: its file name in the archive and its text.
    private(set) var sourceTexts: [(name: String, text: SpillText)] = []
    /// The codebook ids the codings name.
    private var codes: Set<String> = []

    /// A project named after the first grid's title, with the codebooks and profile questions of
    /// every grid (merged by id, the first grid's wording winning); without personal questions
    /// when `anonymise`.
    init(grids: [Grid], anonymise: Bool) {
        name = grids.first?.title ?? "interview"
        language = grids.first?.language ?? .fr
        codebook = QDACodebook(grids: grids)
        var seen: Set<String> = []
        var variables: [QDAVariable] = []
        for grid in grids {
            for (position, question) in grid.questions.enumerated() where !(anonymise && grid.index.isPersonal(at: position)) {
                guard let variable = QDAVariable(question), seen.insert(variable.id).inserted else { continue }
                variables.append(variable)
            }
        }
        self.variables = variables
    }

    /// The GUID of a user: an interviewer or a coder, by name.
    static func userGUID(_ name: String) -> String {
        QDAGUID.make("user/" + name)
    }

    /// Adds a case built by `QDACase`.
    mutating func add(_ item: QDACase) {
        cases.append(spill.append(Array(item.caseXML.utf8)))
        sources.append(spill.append(Array(item.sourceXML.utf8)))
        sourceTexts.append((item.sourceName, SpillText([.spilled(spill.append(Array(item.sourceText.utf8)))], in: spill)))
        for person in item.people where !people.contains(person) { people.append(person) }
        codes.formUnion(item.codes)
    }

    /// The document, its cases' elements read from the spill file as it is written.
    func document() -> SpillText {
        var codebook = codebook
        codebook.addMissing(codes, language: language)
        var xml = XMLWriter()
        xml.open("Project", ["xmlns": Self.namespace, "name": name, "origin": ProgramVersion.full])
        if !people.isEmpty {
            xml.open("Users")
            for person in people { xml.empty("User", ["guid": Self.userGUID(person), "name": person]) }
            xml.close()
        }
        if !codebook.isEmpty {
            xml.open("CodeBook")
            codebook.write(to: &xml)
            xml.close()
        }
        if !variables.isEmpty {
            xml.open("Variables")
            for variable in variables {
                xml.open("Variable", ["guid": variable.guid, "name": variable.name, "typeOfVariable": variable.kind.rawValue])
                xml.element("Description", text: variable.description)
                xml.close()
            }
            xml.close()
        }
        var pieces: [SpillText.Piece] = []
        if !cases.isEmpty {
            xml.open("Cases")
            pieces.append(.held(Array(xml.take().utf8)))
            pieces += cases.map(SpillText.Piece.spilled)
            xml.close()
            xml.open("Sources")
            pieces.append(.held(Array(xml.take().utf8)))
            pieces += sources.map(SpillText.Piece.spilled)
            xml.close()
        }
        pieces.append(.held(Array(xml.finish().utf8)))
        return SpillText(pieces, in: spill)
    }

    /// A codebook alone (`.qdc`): `CodeBook` in the REFI-QDA codebook namespace; nil when the grid has none.
    static func codebookDocument(grid: Grid) -> String? {
        let codebook = QDACodebook(grids: [grid])
        guard !codebook.isEmpty else { return nil }
        var xml = XMLWriter()
        xml.open("CodeBook", ["xmlns": "urn:QDA-XML:codebook:1.0"])
        codebook.write(to: &xml)
        return xml.finish()
    }
}
