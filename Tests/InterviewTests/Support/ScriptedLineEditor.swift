@testable import Interview
import Grid

/// A `LineEditor` that replays a script of inputs instead of reading a terminal or a pipe.
///
/// It records the prompt and the prefill of every read, counts the lines it served (as a
/// pipe reader numbers input lines), and answers `.endOfInput` once the script runs out.
final class ScriptedLineEditor: LineEditor {
    /// One call to `readLine`: what the session showed and put in the edit line.
    struct Read: Equatable {
        var prompt: String
        var prefill: String
    }

    let isInteractive: Bool
    private(set) var lineNumber = 0
    var completions = LineCompletion()
    /// The completions in force at each read, in order.
    private(set) var completionsSeen: [LineCompletion] = []
    /// The lines put in the history, oldest first.
    private(set) var history: [String] = []

    func remember(_ lines: [String]) { history += lines }
    private(set) var reads: [Read] = []
    private var script: [LineInput]
    private let echo: OutputRecorder?

    /// `echo`, when given, receives every prompt and typed line, as a terminal would show them.
    init(_ script: [LineInput], interactive: Bool = true, echo: OutputRecorder? = nil) {
        self.script = script
        self.isInteractive = interactive
        self.echo = echo
    }

    /// The prompts shown, in order.
    var prompts: [String] { reads.map(\.prompt) }
    /// The text put in the edit line for each read, in order.
    var prefills: [String] { reads.map(\.prefill) }
    /// How many scripted inputs have not been read.
    var remaining: Int { script.count }

    func readLine(prompt: String, prefill: String) -> LineInput {
        reads.append(Read(prompt: prompt, prefill: prefill))
        completionsSeen.append(completions)
        echo?.record(1, prompt)
        guard !script.isEmpty else { return .endOfInput }
        let input = script.removeFirst()
        switch input {
        case .line(let text):
            lineNumber += 1
            echo?.record(1, text + "\n")
        case .terminated(_, let partial) where !partial.isEmpty:
            lineNumber += 1
        case .undecodable:
            lineNumber += 1
        default:
            break
        }
        return input
    }
}

/// Typed lines, Enter pressed after each.
func lines(_ texts: String...) -> [LineInput] {
    texts.map { .line($0) }
}
