import Grid

/// The grids' codebook as REFI-QDA `Codes`: a codable `Code` per theme, with a nested codable
/// `Code` per theme code.
///
/// A code's `name` is its label, as QDA tools show it; its `Description` is its codebook id
/// (`ancrage`, `ancrage.mobilisation`), so that a project coded elsewhere can be matched back.
/// Several grids merge by id, the first grid's label winning. Ids that codings name but no
/// codebook has (a grid changed since) come last, named by their id, so no coding is lost.
struct QDACodebook {
    /// A code and the codes nested in it.
    struct Entry {
        var id: String
        var label: String
        var description: String
        var children: [Entry]
    }

    private(set) var entries: [Entry] = []

    init(grids: [Grid]) {
        for grid in grids {
            for theme in grid.codebook {
                let themeCodes = theme.codes.map { Entry(id: "\(theme.id).\($0.id)", label: $0.label, description: "\(theme.id).\($0.id)", children: []) }
                if let position = entries.firstIndex(where: { $0.id == theme.id }) {
                    for code in themeCodes where !entries[position].children.contains(where: { $0.id == code.id }) {
                        entries[position].children.append(code)
                    }
                } else {
                    entries.append(Entry(id: theme.id, label: theme.label, description: theme.id, children: themeCodes))
                }
            }
        }
    }

    var isEmpty: Bool { entries.isEmpty }

    /// Every id, themes and their codes.
    var ids: Set<String> { Set(entries.flatMap { [$0.id] + $0.children.map(\.id) }) }

    /// Adds, at the end, the ids that codings name and no codebook has.
    mutating func addMissing(_ names: Set<String>, language: Language) {
        let known = ids
        for id in names.subtracting(known).sorted() {
            entries.append(Entry(id: id, label: id, description: "\(id) — \(QDAWord.notInCodebook.text(in: language))", children: []))
        }
    }

    /// The GUID of a codebook id's `Code`.
    static func guid(of id: String) -> String {
        QDAGUID.make("code/" + id)
    }

    /// Writes `<Codes>` with every code.
    func write(to xml: inout XMLWriter) {
        xml.open("Codes")
        for entry in entries { Self.write(entry, to: &xml) }
        xml.close()
    }

    private static func write(_ entry: Entry, to xml: inout XMLWriter) {
        xml.open("Code", ["guid": guid(of: entry.id), "name": entry.label, "isCodable": "true"])
        xml.element("Description", text: entry.description)
        for child in entry.children { write(child, to: &xml) }
        xml.close()
    }
}
