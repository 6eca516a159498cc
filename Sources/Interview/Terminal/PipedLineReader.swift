import Glibc

/// Reads piped input line by line: prompts go to stdout, nothing is echoed, no prefill.
final class PipedLineReader: LineEditor {
    let isInteractive = false
    private(set) var lineNumber = 0
    var completions: [String] = []
    private let output: Console

    init(output: Console) {
        self.output = output
    }

    func readLine(prompt: String, prefill: String) -> LineInput {
        output.prompt(prompt)
        guard let line = Swift.readLine(strippingNewline: true) else {
            if let signal = SignalWatch.terminating { return .terminated(signal: signal, partial: "") }
            return .endOfInput
        }
        lineNumber += 1
        if let signal = SignalWatch.terminating { return .terminated(signal: signal, partial: line) }
        return .line(line.hasSuffix("\r") ? String(line.dropLast()) : line)
    }
}
