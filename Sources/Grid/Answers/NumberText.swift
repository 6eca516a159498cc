import Foundation

/// Reads and writes numbers as people type them in French or English.
public enum NumberText {
    /// Parses `1 500`, `1 500,5` (fr), `1,500.5` (en), `2.5`, `40 %`, `5 000 000 $`, `40 employé·e·s`.
    /// Trailing text is accepted when it is `$`, `%`, `€` or the question's unit.
    public static func parse(_ input: String, language: Language, unit: String?) -> Double? {
        var text = input.trimmingWhitespace
        for suffix in [unit, "$", "%", "€"].compactMap({ $0 }) where !suffix.isEmpty {
            if text.lowercased().hasSuffix(suffix.lowercased()) {
                text = String(text.dropLast(suffix.count)).trimmingWhitespace
                break
            }
        }
        if text.hasPrefix("$") { text = String(text.dropFirst()).trimmingWhitespace }
        let separators: Set<Character> = [" ", "\u{00A0}", "\u{202F}", "\u{2009}"]
        text.removeAll { separators.contains($0) }
        switch language {
        case .fr:
            text = text.replacingOccurrences(of: ",", with: ".")
        case .en:
            text = text.replacingOccurrences(of: ",", with: "")
        }
        guard !text.isEmpty, text.allSatisfy({ $0.isASCII && ($0.isNumber || $0 == "." || $0 == "-" || $0 == "+") }),
              text.filter({ $0 == "." }).count <= 1, let value = Double(text), value.isFinite else { return nil }
        return value
    }

    /// `5 000 000` (fr, no-break spaces) or `5,000,000` (en); decimals with `,` in French.
    public static func format(_ value: Double, _ language: Language) -> String {
        guard value.isFinite, abs(value) < 1e15 else { return plain(value, language) }
        let (digits, fraction) = parts(abs(value), decimals: 6)
        var grouped = ""
        let count = digits.count  // counted once, not on every digit
        for (offset, digit) in digits.enumerated() {
            if offset > 0, (count - offset) % 3 == 0 { grouped.append(language == .fr ? "\u{00A0}" : ",") }
            grouped.append(digit)
        }
        let sign = value < 0 && (digits != "0" || !fraction.isEmpty) ? "-" : ""
        return sign + grouped + (fraction.isEmpty ? "" : (language == .fr ? "," : ".") + fraction)
    }

    /// A number without grouping, for messages and years: `1995`, `2,5` (fr).
    public static func plain(_ value: Double, _ language: Language) -> String {
        guard value.isFinite else { return value > 0 ? "∞" : (value < 0 ? "-∞" : "NaN") }
        if let whole = value.wholeNumber { return String(whole) }
        if abs(value) >= 1e15 { return String(value) }
        let (digits, fraction) = parts(abs(value), decimals: 10)
        let sign = value < 0 ? "-" : ""
        return sign + digits + (fraction.isEmpty ? "" : (language == .fr ? "," : ".") + fraction)
    }

    /// The whole digits and the decimals (trailing zeros dropped) of a non-negative number.
    private static func parts(_ magnitude: Double, decimals: Int) -> (String, String) {
        let text = String(format: "%.\(decimals)f", magnitude)
        let pieces = text.split(separator: ".", maxSplits: 1)
        let digits = pieces.first.map(String.init) ?? "0"
        var fraction = pieces.count > 1 ? String(pieces[1]) : ""
        while fraction.last == "0" { fraction.removeLast() }
        return (digits, fraction)
    }
}
