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
}
