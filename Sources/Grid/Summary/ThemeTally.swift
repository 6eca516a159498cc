/// Counts coded segments by theme and code across cases: the summary's themes table.
///
/// A segment is one place in one case (target and span); coded `ancrage.mobilisation` it is a
/// mention of that code and of the theme `ancrage`, once each however many coders gave it. Ids
/// the codebook does not know are counted apart (`unknownCodes`), never dropped silently.
public struct ThemeTally: Sendable {
    private let grid: Grid
    /// Segments by row id, in the order met.
    private var segments: [String: [ThemeSegment]] = [:]
    /// Codes read that the codebook lacks, with how many segments carry each.
    public private(set) var unknownCodes: [String: Int] = [:]
    /// Cases added.
    public private(set) var caseCount = 0

    public init(grid: Grid) {
        self.grid = grid
    }

    /// Adds one case's codings (the caller decides which cases count: consent, `--coder`).
    public mutating func add(_ record: CaseRecord, coder: String? = nil) {
        caseCount += 1
        var title: String?
        if let id = grid.titleFrom, case .text(let text)? = record.question(id)?.value { title = text }
        var merged: [SegmentKey: (coding: RecordCoding, rows: [String], coders: [String: [String]])] = [:]
        var order: [SegmentKey] = []
        for coding in record.codings where coder == nil || coding.coder == coder {
            let key = SegmentKey(target: coding.target, start: coding.start, end: coding.end)
            if merged[key] == nil {
                merged[key] = (coding, [], [:])
                order.append(key)
            }
            for id in coding.codes {
                guard let code = CodeID(id), grid.codebookEntry(code) != nil else {
                    unknownCodes[id, default: 0] += 1
                    continue
                }
                for row in code.code == nil ? [code.theme] : [code.theme, code.text] {
                    if !(merged[key]?.rows.contains(row) ?? true) { merged[key]?.rows.append(row) }
                    if let name = coding.coder, !(merged[key]?.coders[row]?.contains(name) ?? false) {
                        merged[key]?.coders[row, default: []].append(name)
                    }
                }
            }
        }
        for key in order {
            guard let entry = merged[key] else { continue }
            let coding = entry.coding
            let question = coding.question.flatMap { grid.question(id: $0) }
            for row in entry.rows {
                segments[row, default: []].append(ThemeSegment(
                    caseID: record.caseID, caseTitle: title, question: coding.question,
                    questionLabel: question.map { $0.label ?? $0.text }, section: coding.section, part: coding.part,
                    text: coding.text, coders: entry.coders[row] ?? []))
            }
        }
    }

    /// Every theme followed by its codes, in codebook order, with their counts.
    public var rows: [ThemeRow] {
        grid.codebook.flatMap { theme in
            [row(id: theme.id, label: theme.label, isTheme: true)]
                + theme.codes.map { row(id: "\(theme.id).\($0.id)", label: $0.label, isTheme: false) }
        }
    }

    private func row(id: String, label: String, isTheme: Bool) -> ThemeRow {
        let found = segments[id] ?? []
        let bySection: [ThemeSectionCount] = (grid.sections.map { Optional($0.id) } + [nil]).compactMap { section in
            let inSection = found.filter { $0.section == section }
            guard !inSection.isEmpty else { return nil }
            return ThemeSectionCount(section: section, title: section.flatMap { id in grid.sections.first { $0.id == id }?.title },
                                     mentions: inSection.count, cases: Set(inSection.map(\.caseID)).count)
        }
        return ThemeRow(id: id, label: label, isTheme: isTheme, mentions: found.count, cases: Set(found.map(\.caseID)).count,
                        bySection: bySection, segments: found)
    }

    /// One segment's place: coders who coded the same words are one mention.
    private struct SegmentKey: Hashable {
        var target: CodingTarget
        var start: Int
        var end: Int
    }
}
