/// Reads and writes numbers as people type them in French or English.
///
/// What it writes reads back to the same number (`read`): every digit a double holds is
/// written, never rounded, and without exponent up to 10^21 (far beyond what `read` accepts).
public enum NumberText {
    /// The number `read` finds in `input`, or nil when there is none (see `read` for why).
    public static func parse(_ input: String, language: Language, unit: String?) -> Double? {
        try? read(input, language: language, unit: unit).get()
    }

    /// `5 000 000` (fr, no-break spaces) or `5,000,000` (en); decimals with `,` in French.
    public static func format(_ value: Double, _ language: Language) -> String {
        guard let digits = DecimalDigits(value), value.magnitude < 1e21 else { return plain(value, language) }
        var grouped = ""
        let count = digits.whole.count  // counted once, not on every digit
        let separator = NumberMark.groupSeparator.text(in: language)
        for (offset, digit) in digits.whole.enumerated() {
            if offset > 0, (count - offset) % 3 == 0 { grouped.append(separator) }
            grouped.append(digit)
        }
        return written(digits, whole: grouped, language)
    }

    /// An amount of money: grouped like `format`, with cents written in full (`4,50`, not `4,5`).
    public static func money(_ value: Double, _ language: Language) -> String {
        let text = format(value, language)
        let mark = NumberMark.decimalMark.text(in: language)
        guard let last = text.last, last != Character(mark), text.dropLast().last == Character(mark) else { return text }
        return text + "0"
    }

    /// A number without grouping, for messages, years and the edit line: `1995`, `2,5` (fr).
    public static func plain(_ value: Double, _ language: Language) -> String {
        guard let digits = DecimalDigits(value) else { return value > 0 ? "∞" : (value < 0 ? "-∞" : "NaN") }
        if value.magnitude >= 1e21 { return value.description }
        return written(digits, whole: digits.whole, language)
    }

    /// The sign, the whole digits as given and the decimals after the language's decimal mark.
    private static func written(_ digits: DecimalDigits, whole: String, _ language: Language) -> String {
        let decimals = digits.fraction.isEmpty ? "" : NumberMark.decimalMark.text(in: language) + digits.fraction
        return (digits.negative ? "-" : "") + whole + decimals
    }
}
