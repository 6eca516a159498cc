import ArgumentParser

/// The order of the fiches in the case book (`--order`).
enum BookOrder: String, ExpressibleByArgument, CaseIterable, Sendable {
    /// By title, in French collation (accents and case ignored).
    case name
    /// By region, then municipality, then title; fiches without a region last.
    case region
    /// By legal status in the grid's order of choices, then title; fiches without one last.
    case status

    /// The keys in this order.
    func sorted(_ keys: [FicheSortKeys]) -> [FicheSortKeys] {
        keys.sorted(by: precedes)
    }

    /// Whether a fiche comes before another.
    func precedes(_ first: FicheSortKeys, _ second: FicheSortKeys) -> Bool {
        switch self {
        case .name: break
        case .region:
            if first.region != second.region { return Self.lastIfMissing(first.region, second.region) }
            if first.municipality != second.municipality { return Self.lastIfMissing(first.municipality, second.municipality) }
        case .status:
            if first.status != second.status { return Self.lastIfMissing(first.status, second.status) }
        }
        return (first.name, first.title, first.caseID) < (second.name, second.title, second.caseID)
    }

    /// Whether `first` comes before `second` (they differ), a missing value after any other.
    private static func lastIfMissing<Value: Comparable>(_ first: Value?, _ second: Value?) -> Bool {
        switch (first, second) {
        case let (first?, second?): return first < second
        case (.some, nil): return true
        default: return false
        }
    }
}
