extension Question {
    /// The unit shown under a number question and after its numbers: the grid's `unit`, else `%`
    /// for a percent and `$` for money.
    public var shownUnit: String? {
        if let unit { return unit }
        switch type {
        case .percent: return "%"
        case .money: return "$"
        default: return nil
        }
    }

    /// The unit after `value` in `language`: the singular for 0 and 1 in French (`1 membre`,
    /// `0 bénévole`) and for 1 in English, when the grid gives one; the plural otherwise. Without
    /// a `unit`, `%` for a percent and `$` for money.
    public func unit(for value: Double, in language: Language) -> String? {
        guard let unit else { return shownUnit }
        guard let unitSingular else { return unit }
        let singular = language == .fr ? value.magnitude < 2 : value == 1
        return singular ? unitSingular : unit
    }
}
