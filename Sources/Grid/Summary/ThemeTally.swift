/// Counts coded segments by theme and code across cases: the summary's themes table.
///
/// A segment is one place in one case (target and span); coded `ancrage.mobilisation` it is a
/// mention of that code and of the theme `ancrage`, once each however many coders gave it. Ids
/// the codebook does not know are counted apart (`unknownCodes`), never dropped silently.
///
/// Counts are kept as cases come; the segments themselves go to a `SegmentSpool`, shared by
/// copies of the tally, so memory does not grow with the number of cases.
public struct ThemeTally: Sendable {
    private let grid: Grid
    /// The rows in codebook order, each theme before its codes.
    private let layout: [RowLayout]
    /// The rows a codebook id counts in (a code: its theme's and its own), by id as typed.
    private let rowsOfCode: [String: [Int]]
    private var counts: [RowCount]
    private let spool: SegmentSpool
    /// Question labels by id, looked up once.
    private var labels: [String: String] = [:]
    /// Codes read that the codebook lacks, with how many segments carry each.
    public private(set) var unknownCodes: [String: Int] = [:]
    /// Cases added.
    public private(set) var caseCount = 0

    public init(grid: Grid) {
        self.grid = grid
        var layout: [RowLayout] = []
        var rowsOfCode: [String: [Int]] = [:]
        for theme in grid.codebook {
            let themeRow = layout.count
            layout.append(RowLayout(id: theme.id, label: theme.label, theme: themeRow))
            rowsOfCode[theme.id] = [themeRow]
            for code in theme.codes {
                let id = "\(theme.id).\(code.id)"
                rowsOfCode[id] = [themeRow, layout.count]
                layout.append(RowLayout(id: id, label: code.label, theme: themeRow))
            }
        }
        self.layout = layout
        self.rowsOfCode = rowsOfCode
        counts = Array(repeating: RowCount(), count: layout.count)
        spool = SegmentSpool(rows: layout.count)
    }

    /// Adds one case's codings (the caller decides which cases count: consent, `--coder`).
    public mutating func add(_ record: CaseRecord, coder: String? = nil) {
        caseCount += 1
        var title: String?
        if let id = grid.titleFrom, case .text(let text)? = record.question(id)?.value { title = text }
        var merged: [SegmentKey: Int] = [:]
        var places: [(coding: RecordCoding, rows: [Int], coders: [Int: [String]])] = []
        for coding in record.codings where coder == nil || coding.coder == coder {
            let key = SegmentKey(target: coding.target, start: coding.start, end: coding.end)
            let place = merged[key] ?? places.count
            if place == places.count {
                merged[key] = place
                places.append((coding, [], [:]))
            }
            for id in coding.codes {
                guard let rows = rowsOfCode[id] else {
                    unknownCodes[id, default: 0] += 1
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
            let label = coding.question.flatMap { questionLabel($0) }
            for row in rows {
                counts[row].count(section: coding.section, inCase: caseCount)
                // A theme quotes a segment only when none of its codes does.
                let own = layout[row].theme != row || !rows.contains { $0 != row && layout[$0].theme == row }
                spool.append(ThemeSegment(caseID: record.caseID, caseTitle: title, question: coding.question, questionLabel: label,
                                          section: coding.section, part: coding.part, index: coding.index, start: coding.start,
                                          end: coding.end, text: coding.text, coders: coders[row] ?? []),
                             own: own, to: row)
            }
        }
    }

    /// Every theme followed by its codes, in codebook order, with their counts.
    public var rows: [ThemeRow] {
        layout.indices.map { row in
            let count = counts[row]
            let bySection: [ThemeSectionCount] = (grid.sections.map { Optional($0.id) } + [nil]).compactMap { section in
                guard let inSection = count.bySection[section] else { return nil }
                return ThemeSectionCount(section: section, title: section.flatMap { id in grid.sections.first { $0.id == id }?.title },
                                         mentions: inSection.mentions, cases: inSection.cases)
            }
            return ThemeRow(id: layout[row].id, label: layout[row].label, isTheme: layout[row].theme == row,
                            mentions: count.total.mentions, cases: count.total.cases, bySection: bySection,
                            segments: ThemeSegments(spool: spool, row: row, count: count.total.mentions))
        }
    }

    /// The label (or text) of a question, as the grid words it.
    private mutating func questionLabel(_ id: String) -> String? {
        if let known = labels[id] { return known }
        guard let question = grid.question(id: id) else { return nil }
        let label = question.label ?? question.text
        labels[id] = label
        return label
    }

    /// One segment's place: coders who coded the same words are one mention.
    private struct SegmentKey: Hashable {
        var target: CodingTarget
        var start: Int
        var end: Int
    }

    /// A row's id, label and theme (its own index for a theme).
    private struct RowLayout: Sendable {
        var id: String
        var label: String
        var theme: Int
    }
}
