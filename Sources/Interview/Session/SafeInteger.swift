/// Converts numbers read from files to `Int` without trapping on huge or infinite values.
enum SafeInteger {
    static func from(_ value: Double) -> Int {
        guard value.isFinite else { return value > 0 ? Int.max : (value < 0 ? Int.min : 0) }
        if value >= Double(Int.max) { return Int.max }
        if value <= Double(Int.min) { return Int.min }
        return Int(value)
    }
}
