import Grid

/// A horizontal bar chart of mentions per theme for the terminal.
///
/// Each line: the label (cut with `…` to fit), a bar as long as the mentions (scaled to the
/// most mentioned), its first cells `█` as far as the distinct cases and the rest `░`, then
/// « mentions · cases ». Widths count terminal columns (accents, wide characters), so every
/// line fits `width`; colour only when asked (a terminal without `NO_COLOR`).
struct ThemeBarChart {
    /// One bar: a label, its mentions and distinct cases.
    struct Bar {
        var label: String
        var mentions: Int
        var cases: Int
    }

    var bars: [Bar]
    var width: Int
    var colour: Bool

    /// The chart's lines (no trailing newline), the legend first.
    func lines(language: Language) -> [String] {
        guard !bars.isEmpty else { return [] }
        let counts = bars.map { "\($0.mentions) · \($0.cases)" }
        let countWidth = counts.map(\.displayWidth).max() ?? 0
        let usable = max(width, 20)
        let labelWidth = min(bars.map { TerminalText.safe($0.label).displayWidth }.max() ?? 0, max(8, usable / 3))
        let barWidth = max(1, usable - labelWidth - countWidth - 3)
        let most = max(1, bars.map(\.mentions).max() ?? 1)
        let legend = CommandMessage.chartLegend.text(in: language)
        var lines = [legend.displayWidth > usable ? Self.fit(legend, to: usable) : legend]
        for (bar, count) in zip(bars, counts) {
            let label = Self.fit(TerminalText.safe(bar.label), to: labelWidth)
            let mentionCells = bar.mentions == 0 ? 0 : max(1, bar.mentions * barWidth / most)
            let caseCells = bar.cases == 0 ? 0 : min(mentionCells, max(1, bar.cases * barWidth / most))
            var cases = String(repeating: "█", count: caseCells)
            var rest = String(repeating: "░", count: mentionCells - caseCells)
            if colour {
                if !cases.isEmpty { cases = "\u{1B}[36m" + cases + "\u{1B}[0m" }
                if !rest.isEmpty { rest = "\u{1B}[2;36m" + rest + "\u{1B}[0m" }
            }
            let padding = String(repeating: " ", count: barWidth - mentionCells)
            let countPadding = String(repeating: " ", count: countWidth - count.displayWidth)
            lines.append("\(label) \(cases)\(rest)\(padding) \(countPadding)\(count)")
        }
        return lines
    }

    /// The text cut to `width` columns (with `…` when cut), padded with spaces to exactly `width`.
    static func fit(_ text: String, to width: Int) -> String {
        var result = ""
        var used = 0
        let cut = text.displayWidth > width
        let room = cut ? width - 1 : width
        for character in text {
            let columns = character.displayWidth
            if used + columns > room { break }
            result.append(character)
            used += columns
        }
        if cut {
            result.append("…")
            used += 1
        }
        return result + String(repeating: " ", count: max(0, width - used))
    }
}
