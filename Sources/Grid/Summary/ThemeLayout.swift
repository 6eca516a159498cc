/// The rows of a grid's themes table — each theme followed by its codes, in codebook order —
/// and what one case adds to them (`CaseThemes`), worked out on any core.
public struct ThemeLayout: Sendable {
    /// The rows in codebook order.
    let rows: [Row]
    /// The rows a codebook id counts in (a code: its theme's and its own), by id as typed.
    private let rowsOfCode: [String: [Int]]
    /// The question whose answer names a case (the grid's `title_from`).
    private let titleFrom: String?

    public init(grid: Grid) {
        var rows: [Row] = []
        var rowsOfCode: [String: [Int]] = [:]
        for theme in grid.codebook {
            let themeRow = rows.count
            rows.append(Row(id: theme.id, label: theme.label, theme: themeRow))
            rowsOfCode[theme.id] = [themeRow]
            for code in theme.codes {
                let id = "\(theme.id).\(code.id)"
                rowsOfCode[id] = [themeRow, rows.count]
                rows.append(Row(id: id, label: code.label, theme: themeRow))
            }
        }
        self.rows = rows
        self.rowsOfCode = rowsOfCode
        titleFrom = grid.titleFrom
    }

    /// The segments one case adds to the rows (only `coder`'s codings when one is named): a
    /// segment is one place (target and span), whoever coded it. Without `keepingWords`, only
    /// where each segment counts is kept (for a table of counts): its words are not spooled.
    public func themes(of record: CaseRecord, coder: String? = nil, keepingWords: Bool = true) -> CaseThemes {
        var title: String?
        if let id = titleFrom, case .text(let text)? = record.question(id)?.value { title = text }
        var merged: [SegmentKey: Int] = [:]
        var places: [(coding: RecordCoding, rows: [Int], coders: [Int: [String]])] = []
        var themes = CaseThemes()
        for coding in record.codings where coder == nil || coding.coder == coder {
            let key = SegmentKey(target: coding.target, start: coding.start, end: coding.end)
            let place = merged[key] ?? places.count
            if place == places.count {
                merged[key] = place
                places.append((coding, [], [:]))
            }
            for id in coding.codes {
                guard let rows = rowsOfCode[id] else {
                    themes.unknownCodes[id, default: 0] += 1
                    continue
                }
                for row in rows {
                    if !places[place].rows.contains(row) { places[place].rows.append(row) }
                    if let name = coding.coder, !(places[place].coders[row]?.contains(name) ?? false) {
                        places[place].coders[row, default: []].append(name)
                    }
                }
            }
        }
        for (coding, rows, coders) in places {
            for row in rows {
                // A theme quotes a segment only when none of its codes does.
                let own = self.rows[row].theme != row || !rows.contains { $0 != row && self.rows[$0].theme == row }
                guard keepingWords else {
                    themes.segments.append(CaseThemes.Segment(row: row, section: coding.section, record: nil))
                    continue
                }
                // The question's label is the tally's grid's to give, when the segment is read back.
                let segment = ThemeSegment(caseID: record.caseID, caseTitle: title, question: coding.question, questionLabel: nil,
                                           section: coding.section, part: coding.part, index: coding.index, start: coding.start,
                                           end: coding.end, text: coding.text, coders: coders[row] ?? [])
                themes.segments.append(CaseThemes.Segment(row: row, section: coding.section, record: segment.record(own: own)))
            }
        }
        return themes
    }

    /// A row's id, label and theme (its own index for a theme).
    struct Row: Sendable {
        var id: String
        var label: String
        var theme: Int
    }

    /// One segment's place: coders who coded the same words are one mention.
    private struct SegmentKey: Hashable {
        var target: CodingTarget
        var start: Int
        var end: Int
    }
}
