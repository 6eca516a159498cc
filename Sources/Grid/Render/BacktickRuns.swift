/// The runs of backticks in a text, to find where a code span closes without scanning ahead
/// from every run (which would take quadratic time on text made of runs of distinct lengths).
///
/// A code span opened by a run of n backticks closes at the next maximal run of exactly n
/// backticks in the same paragraph (a blank line, `\n\n`, ends a paragraph).
struct BacktickRuns {
    /// Where each maximal run starts, in order.
    private var starts: [Int] = []
    /// The paragraph of each run.
    private var paragraphs: [Int] = []
    /// The runs of each length, by index in `starts`, in order.
    private var byLength: [Int: [Int]] = [:]
    /// The length of each run.
    private var lengths: [Int] = []

    init(_ characters: [Character]) {
        var paragraph = 0
        var index = 0
        while index < characters.count {
            if characters[index] == "\n", index + 1 < characters.count, characters[index + 1] == "\n" { paragraph += 1 }
            guard characters[index] == "`" else { index += 1; continue }
            let start = index
            while index < characters.count, characters[index] == "`" { index += 1 }
            byLength[index - start, default: []].append(starts.count)
            starts.append(start)
            lengths.append(index - start)
            paragraphs.append(paragraph)
        }
    }

    /// The index just past the run closing a code span opened at `position` by `length`
    /// backticks (the end of the run holding `position`), or nil when none closes it.
    func closingEnd(openedAt position: Int, length: Int) -> Int? {
        guard let run = run(holding: position), let candidates = byLength[length] else { return nil }
        // The first run of that length after this one.
        var low = 0
        var high = candidates.count
        while low < high {
            let middle = (low + high) / 2
            if candidates[middle] <= run { low = middle + 1 } else { high = middle }
        }
        guard low < candidates.count, paragraphs[candidates[low]] == paragraphs[run] else { return nil }
        return starts[candidates[low]] + length
    }

    /// The run that holds the character at `position`.
    private func run(holding position: Int) -> Int? {
        var low = 0
        var high = starts.count
        while low < high {
            let middle = (low + high) / 2
            if starts[middle] <= position { low = middle + 1 } else { high = middle }
        }
        guard low > 0, position < starts[low - 1] + lengths[low - 1] else { return nil }
        return low - 1
    }
}
