import Grid

extension InterviewRunner {
    /// Shows lines that may be longer than the screen: at once when they fit (or piped), else
    /// through the pager, else page by page (Enter for more, `q` to stop).
    func page(_ lines: [String]) {
        let text = lines.joined(separator: "\n") + "\n"
        guard editor.isInteractive, let rows = pager.rows, Self.screenRows(lines, width: TerminalSize.width) >= rows else {
            console.prompt(text)
            return
        }
        if case .command(let command, _) = pager, PagerProcess.run(command, text: text) { return }
        let height = max(1, rows - 1)
        var start = 0
        while start < lines.count {
            let end = min(lines.count, start + height)
            console.prompt(lines[start..<end].joined(separator: "\n") + "\n")
            start = end
            guard start < lines.count else { return }
            guard case .line(let answer) = editor.readLine(prompt: phrase(.morePrompt), prefill: ""),
                  !["q", "quit", "quitter"].contains(answer.trimmingWhitespace.lowercased()) else { return }
        }
    }

    /// The rows `lines` take on a screen `width` columns wide, a long line wrapping (escape
    /// sequences counted as text: a little more, never less).
    static func screenRows(_ lines: [String], width: Int) -> Int {
        let columns = max(1, width)
        return lines.reduce(0) { $0 + max(1, ($1.count + columns - 1) / columns) }
    }
}
