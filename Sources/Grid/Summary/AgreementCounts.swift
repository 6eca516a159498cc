/// The 2 × 2 table of two coders over units: how many units both gave a theme, only the first,
/// only the second, neither; with percent agreement and Cohen's kappa.
public struct AgreementCounts: Sendable, Equatable {
    public var both = 0
    public var firstOnly = 0
    public var secondOnly = 0
    public var neither = 0

    public init(both: Int = 0, firstOnly: Int = 0, secondOnly: Int = 0, neither: Int = 0) {
        self.both = both
        self.firstOnly = firstOnly
        self.secondOnly = secondOnly
        self.neither = neither
    }

    /// Units counted.
    public var units: Int { both + firstOnly + secondOnly + neither }

    /// Counts one unit by whether each coder gave it the theme.
    public mutating func add(first: Bool, second: Bool) {
        switch (first, second) {
        case (true, true): both += 1
        case (true, false): firstOnly += 1
        case (false, true): secondOnly += 1
        case (false, false): neither += 1
        }
    }

    /// Adds another table's counts (the overall line pools every theme's units).
    public static func + (left: AgreementCounts, right: AgreementCounts) -> AgreementCounts {
        AgreementCounts(both: left.both + right.both, firstOnly: left.firstOnly + right.firstOnly,
                        secondOnly: left.secondOnly + right.secondOnly, neither: left.neither + right.neither)
    }

    /// The observed agreement pₒ, the share of units where the coders agree (0…1); nil without units.
    public var observed: Double? {
        units == 0 ? nil : Double(both + neither) / Double(units)
    }

    /// The agreement expected by chance pₑ from each coder's own rates of presence.
    public var expected: Double? {
        guard units > 0 else { return nil }
        let n = Double(units)
        let firstYes = Double(both + firstOnly) / n, secondYes = Double(both + secondOnly) / n
        return firstYes * secondYes + (1 - firstYes) * (1 - secondYes)
    }

    /// Cohen's kappa κ = (pₒ − pₑ) / (1 − pₑ), computed on whole counts as (n·agreed − chance) /
    /// (n² − chance) so that a table with a round kappa gives it exactly; nil when there are no
    /// units or pₑ = 1 (both coders gave the theme to every unit, or to none: κ is 0/0).
    public var kappa: Double? {
        let n = units
        let firstYes = both + firstOnly, secondYes = both + secondOnly
        let chance = firstYes * secondYes + (n - firstYes) * (n - secondYes)
        let denominator = n * n - chance
        guard n > 0, denominator != 0 else { return nil }
        return Double(n * (both + neither) - chance) / Double(denominator)
    }
}
