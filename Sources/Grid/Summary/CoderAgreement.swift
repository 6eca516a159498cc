/// How far two coders agree, theme by theme, over the cases both coded.
///
/// A case is coded by a coder when it holds at least one of their codings. Each unit is one
/// codable text of such a case (a text answer, a list item, a quote, whole) with one theme or
/// code: present for a coder when they coded it, or a segment of it, with that theme or one of
/// its codes. The overall line pools the units of every theme (codes left out, since a code's
/// presence is also its theme's).
public struct CoderAgreement: Sendable {
    public let first: String
    public let second: String
    private let grid: Grid
    private let only: String?
    /// The codebook's ids in order, and the same as a set, made once.
    private let codeIDs: [String]
    private let knownIDs: Set<String>
    /// Cases both coded, and their codable texts.
    public private(set) var cases: [String] = []
    public private(set) var texts = 0
    private var counts: [String: AgreementCounts] = [:]

    /// The agreement of `first` and `second` on `grid`'s codebook, restricted to the theme or code `only`.
    public init(first: String, second: String, grid: Grid, only: String? = nil) {
        self.first = first
        self.second = second
        self.grid = grid
        self.only = only
        codeIDs = grid.codeIDs
        knownIDs = Set(codeIDs)
    }

    /// Counts one case's texts when both coders coded it.
    public mutating func add(_ record: CaseRecord) {
        let firstCodings = record.codings.filter { $0.coder == first }
        let secondCodings = record.codings.filter { $0.coder == second }
        guard !firstCodings.isEmpty, !secondCodings.isEmpty else { return }
        cases.append(record.caseID)
        let units = record.codableTexts
        texts += units.count
        let firstRows = rowsByUnit(firstCodings, units: units, record: record)
        let secondRows = rowsByUnit(secondCodings, units: units, record: record)
        for (index, _) in units.enumerated() {
            for id in codeIDs {
                counts[id, default: AgreementCounts()].add(first: firstRows[index]?.contains(id) ?? false,
                                                           second: secondRows[index]?.contains(id) ?? false)
            }
        }
    }

    /// Every theme followed by its codes, in codebook order (restricted as asked).
    public var rows: [AgreementRow] {
        codeIDs.compactMap { id in
            guard ThemeTable.shows(id, only: only), let label = grid.codeLabel(id) else { return nil }
            return AgreementRow(id: id, label: label, isTheme: !id.contains("."), counts: counts[id] ?? AgreementCounts())
        }
    }

    /// The units of every theme shown, pooled (the one code's when only a code was asked for).
    public var overall: AgreementCounts {
        let shown = rows
        let themes = shown.filter(\.isTheme)
        return (themes.isEmpty ? shown : themes).reduce(AgreementCounts()) { $0 + $1.counts }
    }

    /// For each unit (by its index in `units`), the codebook ids a coder's codings give it: each
    /// code and its theme. A coding of a whole list answer counts for the items it covers.
    private func rowsByUnit(_ codings: [RecordCoding], units: [CodableText], record: CaseRecord) -> [Int: Set<String>] {
        var result: [Int: Set<String>] = [:]
        for coding in codings {
            var ids: Set<String> = []
            for id in coding.codes where knownIDs.contains(id) {
                ids.insert(String(id.prefix { $0 != "." }))
                ids.insert(id)
            }
            guard !ids.isEmpty else { continue }
            for index in Self.unitIndices(of: coding, in: units, record: record) { result[index, default: []].formUnion(ids) }
        }
        return result
    }

    /// The units a coding falls in: the text it targets, or the items of a whole list answer its
    /// span overlaps (items joined one per line, spans in code points).
    static func unitIndices(of coding: RecordCoding, in units: [CodableText], record: CaseRecord) -> [Int] {
        if let direct = units.firstIndex(where: { $0.target == coding.target }) { return [direct] }
        guard coding.part == .answer, let question = coding.question else { return [] }
        var offset = 0
        var result: [Int] = []
        for (index, unit) in units.enumerated() where unit.target.part == .item && unit.target.question == question {
            let length = unit.text.unicodeScalars.count
            if coding.start < offset + length && coding.end > offset || (coding.start == coding.end && coding.start == offset) {
                result.append(index)
            }
            offset += length + 1
        }
        return result
    }
}
