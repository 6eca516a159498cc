import Foundation
import Grid

extension InterviewRunner {
    /// The review before closing, after the last question or a confirmed `/fin`: on a terminal,
    /// what is still open, skipped, don't know or refused, by number and label; `/aller N` goes
    /// back to one, an empty line (or `/fin`) ends the interview, Ctrl-D pauses it. Piped, or with
    /// nothing left to look at, the interview ends at once (its end line gives the counts).
    func closingReview() -> Step {
        shown = nil
        guard editor.isInteractive else { return .end(finish()) }
        var listed = false
        while true {
            let unsettled = questions.indices.filter { isUnsettled(evaluation.status(at: $0)) }
            if unsettled.isEmpty { return .end(finish()) }
            if !listed {
                showUnsettled(unsettled)
                listed = true
            }
            switch editor.readLine(prompt: phrase(.closingPrompt), prefill: "") {
            case .endOfInput:
                return .end(stop())
            case .interrupted(let partial):
                if partial.isEmpty { return .end(stop()) }
            case .terminated(let signal, _):
                return terminate(signal, question: nil, items: [], partial: "")
            case .undecodable(let byte):
                return undecodable(byte: byte, question: nil)
            case .line(let raw):
                if raw.trimmingWhitespace.isEmpty { return .end(finish()) }
                guard let command = SessionCommand.parse(raw) else {
                    console.say(phrase(.closingReviewHint))
                    continue
                }
                switch command {
                case .finish:
                    return .end(finish())
                case .back:
                    // From the end, back is the last question that applies.
                    if let last = evaluation.previousRelevant(before: questions.count) { return navigate(to: last) }
                case .help, .review:
                    _ = handle(command, at: nil, typed: raw)
                    listed = false
                default:
                    let step = handle(command, at: nil, typed: raw)
                    if case .stay = step { continue }
                    return step
                }
            }
        }
    }

    /// Whether a question still lacks an answer: open, skipped, don't know or refused.
    private func isUnsettled(_ status: QuestionStatus) -> Bool {
        switch status {
        case .unanswered, .skipped, .dontKnow, .refused: return true
        case .answered, .notApplicable: return false
        }
    }

    /// The questions without an answer, their status, the counts and what to type.
    private func showUnsettled(_ indices: [Int]) {
        var lines = ["", console.styled(phrase(.closingReviewTitle), .title)]
        for index in indices {
            let status: String
            switch evaluation.status(at: index) {
            case .skipped: status = phrase(.reviewSkipped)
            case .dontKnow: status = phrase(.reviewDontKnow)
            case .refused: status = phrase(.reviewRefused)
            default: status = phrase(.reviewNoAnswer)
            }
            lines.append("\(String(format: "%3d", index + 1)). \(questions[index].displayLabel) — \(status)")
        }
        lines.append(console.wrapped(phrase(.tally(evaluation.tally))))
        lines.append(console.wrapped(phrase(.closingReviewHint), style: .dim))
        // Not through the pager: the numbers must stay on screen while `/aller N` is typed.
        console.prompt(lines.joined(separator: "\n") + "\n")
    }
}
