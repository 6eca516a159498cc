/// A number written out digit by digit, without exponent: the whole digits and the decimals.
///
/// Built from a double it holds the fewest digits that read back to that double (Swift's
/// shortest round-trip form), so printing it and reading it back gives the same number. Built
/// from typed digits it holds them normalised (no leading zeros, no trailing decimal zeros), so
/// the two can be compared to know whether a double keeps what was typed exactly.
struct DecimalDigits: Equatable, Sendable {
    /// The digits before the decimal mark, without leading zeros (`"0"` when there are none).
    let whole: String
    /// The digits after the decimal mark, without trailing zeros (empty for a whole number).
    let fraction: String
    /// Whether the number is below zero (never for zero itself).
    let negative: Bool

    /// Normalises typed digits: `007` → `7`, `2.50` → `2.5`, `-0` → `0`.
    init(whole: some StringProtocol, fraction: some StringProtocol, negative: Bool) {
        let trimmedWhole = whole.drop { $0 == "0" }
        var trimmedFraction = Substring(fraction)
        while trimmedFraction.last == "0" { trimmedFraction.removeLast() }
        self.whole = trimmedWhole.isEmpty ? "0" : String(trimmedWhole)
        self.fraction = String(trimmedFraction)
        self.negative = negative && (self.whole != "0" || !self.fraction.isEmpty)
    }

    /// The shortest digits that read back to `value`; nil for infinities and NaN.
    init?(_ value: Double) {
        guard value.isFinite else { return nil }
        // `description` is the shortest round-trip form: `1234.5`, `1e-07`, `1.2345678901234568e+17`.
        var text = Substring(value.magnitude.description)
        var exponent = 0
        if let e = text.firstIndex(of: "e") {
            exponent = Int(text[text.index(after: e)...]) ?? 0
            text = text[..<e]
        }
        let point = text.firstIndex(of: ".") ?? text.endIndex
        let digits = Array(text[..<point] + text[point...].dropFirst())
        let position = text.distance(from: text.startIndex, to: point) + exponent
        let zeros = { (count: Int) in String(repeating: "0", count: max(0, count)) }
        let whole = position <= 0 ? "" : String(digits.prefix(position)) + zeros(position - digits.count)
        let fraction = zeros(-position) + String(digits.dropFirst(max(0, position)))
        self.init(whole: whole, fraction: fraction, negative: value < 0)
    }
}
