import Foundation
import Grid

extension InterviewRunner {
    /// `/code ID…`: codes the whole of the last text or list answer given, with the interviewer as
    /// coder; an unknown id is named with a suggestion and nothing is written.
    func codeLastAnswer(_ ids: String, typed: String) -> Step {
        guard let text = lastCodableAnswer() else {
            console.error(CodingMessage.noCodableAnswer.text(in: language))
            return .stay(prefill: "")
        }
        let codes: [String]
        switch CodeLine.read(ids, grid: loaded.grid) {
        case .failure(let problem):
            // The line is not an answer: piped, the session goes on with the next line as it would.
            console.error(TerminalText.safe(problem.text(in: language)))
            return .stay(prefill: editor.isInteractive ? typed : "")
        case .success(let read):
            codes = read
        }
        guard !codes.isEmpty else {
            console.error(CodingMessage.codesNeeded.text(in: language))
            return .stay(prefill: "")
        }
        do { try record(.code(Coding.whole(text, codes: codes, coder: coder))) } catch {
            return failedToSave(error, retry: typed).map(Step.end) ?? .stay(prefill: typed)
        }
        let number = (text.target.question.flatMap { evaluation.index(of: $0) } ?? 0) + 1
        console.say(CodingMessage.answerCoded(number: number, codes: codes.joined(separator: " ")).text(in: language), style: .dim)
        return .stay(prefill: "")
    }

    /// The text or list answer recorded last among the questions that apply, as coding sees it
    /// (a list's items one per line).
    private func lastCodableAnswer() -> CodableText? {
        let evaluation = self.evaluation
        var latest: (order: Int, text: CodableText)?
        for question in questions where question.type == .text || question.type == .list {
            guard let response = state.responses[question.id], response.order > (latest?.order ?? -1),
                  evaluation.isRelevant(question.id) else { continue }
            switch response.value {
            case .text(let text)?: latest = (response.order, CodableText(target: .answer(question.id), section: nil, text: text))
            case .list(let items)?: latest = (response.order, CodableText(target: .answer(question.id), section: nil, text: items.joined(separator: "\n")))
            default: continue
            }
        }
        return latest?.text
    }
}
