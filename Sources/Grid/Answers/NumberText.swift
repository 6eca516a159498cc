import Foundation

/// Reads and writes numbers as people type them in French or English.
public enum NumberText {
    /// Parses `1 500`, `1 500,5` (fr), `1,500.5` (en), `2.5`, `40 %`, `5 000 000 $`, `40 employé·e·s`.
    /// Trailing text is accepted when it is `$`, `%`, `€` or the question's unit.
    public static func parse(_ input: String, language: Language, unit: String?) -> Double? {
        var text = input.trimmingCharacters(in: .whitespaces)
        for suffix in [unit, "$", "%", "€"].compactMap({ $0 }) where !suffix.isEmpty {
            if text.lowercased().hasSuffix(suffix.lowercased()) {
                text = String(text.dropLast(suffix.count)).trimmingCharacters(in: .whitespaces)
                break
            }
        }
        if text.hasPrefix("$") { text = String(text.dropFirst()).trimmingCharacters(in: .whitespaces) }
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
        let negative = value < 0
        let magnitude = abs(value)
        let whole = magnitude.rounded(.towardZero)
        var fraction = ""
        if magnitude != whole {
            let decimals = String(format: "%.6f", magnitude - whole).dropFirst(2)
            let trimmed = decimals.reversed().drop { $0 == "0" }.reversed()
            fraction = (language == .fr ? "," : ".") + String(trimmed)
        }
        let digits = String(format: "%.0f", whole)
        var grouped = ""
        for (offset, digit) in digits.enumerated() {
            if offset > 0, (digits.count - offset) % 3 == 0 { grouped.append(language == .fr ? "\u{00A0}" : ",") }
            grouped.append(digit)
        }
        return (negative ? "-" : "") + grouped + fraction
    }

    /// A number without grouping, for messages and years: `1995`, `2,5` (fr).
    public static func plain(_ value: Double, _ language: Language) -> String {
        if value == value.rounded(), abs(value) < 1e15 { return String(Int64(value)) }
        let text = String(value)
        return language == .fr ? text.replacingOccurrences(of: ".", with: ",") : text
    }
}
