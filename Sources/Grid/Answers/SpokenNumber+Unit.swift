extension SpokenNumber {
    /// Whether `typed` names the question's unit or a unit symbol (`$`, `%`, `€` and their words),
    /// ignoring case, accents, inclusive-writing marks and plural: `employés`, `employée`,
    /// `Employé-e-s` all name `employé·e·s`.
    static func matchesUnit(_ typed: some StringProtocol, _ unit: String?) -> Bool {
        let key = unitKey(typed)
        guard !key.isEmpty else { return false }
        let units = [unit, "$", "%", "€"].compactMap { $0 }
        return units.contains { unit in (unitWords[unit] ?? [unit]).contains { unitKey($0) == key } }
    }

    /// A unit without case, accents, the marks of inclusive writing, spaces, nor its endings in
    /// `s` then `e` (`employé·e·s`, `employés` and `employée` all give `employ`).
    static func unitKey(_ unit: some StringProtocol) -> String {
        var key = folded(unit).filter { !"·•.-‐'() \u{00A0}\u{202F}".contains($0) }
        if key.count > 2, key.last == "s" { key.removeLast() }
        while key.count > 2, key.last == "e" { key.removeLast() }
        return key
    }
}
