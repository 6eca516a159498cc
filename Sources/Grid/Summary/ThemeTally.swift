/// Counts coded segments by theme and code across cases: the summary's themes table.
///
/// A segment is one place in one case (target and span); coded `ancrage.mobilisation` it is a
/// mention of that code and of the theme `ancrage`, once each however many coders gave it. Ids
/// the codebook does not know are counted apart (`unknownCodes`), never dropped silently.
///
/// What a case adds is worked out by the tally's `layout` (on any core); counts are kept as
/// cases come; the segments themselves go to a `SegmentSpool`, so memory does not grow with the
/// number of cases. The spool is shared by copies of the tally: keep one tally and add to it.
public struct ThemeTally: Sendable {
    private let grid: Grid
    /// The table's rows, and what a case adds to them.
    public let layout: ThemeLayout
    private var counts: [RowCount]
    private let spool: SegmentSpool
    /// Codes read that the codebook lacks, with how many segments carry each.
    public private(set) var unknownCodes: [String: Int] = [:]
    /// Cases added.
    public private(set) var caseCount = 0

    public init(grid: Grid) {
        self.grid = grid
        layout = ThemeLayout(grid: grid)
        counts = Array(repeating: RowCount(), count: layout.rows.count)
        spool = SegmentSpool(rows: layout.rows.count)
    }

    /// Adds one case's codings (the caller decides which cases count: consent, `--coder`).
    public mutating func add(_ record: CaseRecord, coder: String? = nil) {
        add(layout.themes(of: record, coder: coder))
    }

    /// Adds what `layout.themes(of:coder:)` found in one case.
    public mutating func add(_ themes: CaseThemes) {
        caseCount += 1
        // Rows come from `layout` (give `add` what `layout.themes(of:)` found): a row beyond them
        // is left out rather than stopping the program.
        for segment in themes.segments where counts.indices.contains(segment.row) {
            counts[segment.row].count(section: segment.section, inCase: caseCount)
            if let record = segment.record { spool.append(record, to: segment.row) }
        }
        unknownCodes.merge(themes.unknownCodes, uniquingKeysWith: +)
    }

    /// Every theme followed by its codes, in codebook order, with their counts.
    public var rows: [ThemeRow] {
        var labels: [String: String] = [:]
        for question in grid.questions { labels[question.id] = question.displayLabel }
        return layout.rows.indices.map { row in
            let count = counts[row]
            let bySection: [ThemeSectionCount] = (grid.sections.map { Optional($0) } + [nil]).compactMap { section in
                guard let inSection = count.bySection[section?.id] else { return nil }
                return ThemeSectionCount(section: section?.id, title: section?.title, mentions: inSection.mentions, cases: inSection.cases)
            }
            let layout = layout.rows[row]
            return ThemeRow(id: layout.id, label: layout.label, isTheme: layout.theme == row,
                            mentions: count.total.mentions, cases: count.total.cases, bySection: bySection,
                            segments: ThemeSegments(spool: spool, row: row, count: count.total.mentions, questionLabels: labels))
        }
    }
}
