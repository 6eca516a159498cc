/// How the numeric answers to one question spread: how many, the least, the median, the most.
public struct NumberSpread: Sendable, Equatable {
    public var count: Int
    public var min: Double
    public var median: Double
    public var max: Double

    /// The spread of `values`; nil when there is none. The median of an even number of values
    /// is the mean of the two middle ones.
    public static func of(_ values: [Double]) -> NumberSpread? {
        let sorted = values.filter(\.isFinite).sorted()
        guard let first = sorted.first, let last = sorted.last else { return nil }
        let middle = sorted.count / 2
        let median = sorted.count % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2
        return NumberSpread(count: sorted.count, min: first, median: median, max: last)
    }
}
