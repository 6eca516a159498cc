import Foundation
import Grid

extension InterviewRunner {
    /// Asks the question at `index` until something is recorded or the session moves on.
    func ask(_ index: Int) -> Step {
        let question = questions[index]
        if shown != index {
            showHeader(index)
        }
        if question.type == .list { return collectList(index) }
        var prefill = initialPrefill(for: question)
        while true {
            let input = editor.readLine(prompt: promptText(), prefill: editor.isInteractive ? prefill : "")
            switch input {
            case .endOfInput:
                return .end(stop())
            case .interrupted(let partial):
                if partial.isEmpty { return .end(stop()) }
                prefill = ""
            case .terminated(let signal, let partial):
                return terminate(signal, question: question.id, items: [], partial: partial)
            case .undecodable(let byte):
                return undecodable(byte: byte, question: question.id)
            case .line(let raw):
                if let command = SessionCommand.parse(raw) {
                    let step = handle(command, at: index, typed: raw)
                    if case .stay(let text) = step { prefill = text; continue }
                    return step
                }
                let text = SessionCommand.literal(raw)
                if let step = answer(text, to: question, at: index) {
                    if case .stay(let text) = step { prefill = text; continue }
                    return step
                }
            }
        }
    }

    /// What the edit line starts with: a draft line, else the current answer when editing.
    func initialPrefill(for question: Question) -> String {
        if let line = state.drafts[question.id]?.line { return line }
        guard let value = state.responses[question.id]?.value else { return "" }
        let items = evaluation.rankItems[question.id] ?? []
        return answers.editable(value, for: question, rankItems: items)
    }

    /// Checks and records one typed answer; nil when there is nothing more to do here.
    private func answer(_ text: String, to question: Question, at index: Int) -> Step? {
        if text.trimmingWhitespace.isEmpty {
            if question.required { return rejected(.empty, typed: text, question: question) }
            guard confirmsEarlyEnd(.skip(question: question.id), at: index) else { return .stay(prefill: "") }
            do { try record(.skip(question: question.id)) } catch {
                return failedToSave(error, retry: text).map(Step.end) ?? .stay(prefill: text)
            }
            return .advance
        }
        let rankItems = evaluation.rankItems[question.id] ?? []
        switch parser.parse(text, for: question, rankItems: rankItems) {
        case .failure(let error):
            return rejected(error, typed: text, question: question)
        case .success(let value):
            guard confirmsEarlyEnd(.answer(question: question.id, value: value, seconds: 0), at: index) else { return .stay(prefill: "") }
            do { try record(.answer(question: question.id, value: value, seconds: secondsOnQuestion)) } catch {
                return failedToSave(error, retry: text).map(Step.end) ?? .stay(prefill: text)
            }
            return .advance
        }
    }

    /// An invalid answer: asked again on a terminal with the text kept; piped input stops (exit 65).
    func rejected(_ error: AnswerError, typed: String, question: Question) -> Step {
        let message = error.message(in: language)
        guard editor.isInteractive else {
            return .end(.invalidInput(line: editor.lineNumber, question: question.id, message: message))
        }
        console.error(TerminalText.safe(message))
        return .stay(prefill: typed)
    }

    /// The prompt of an answer line.
    func promptText(item: Int? = nil) -> String {
        let marker = item.map { "  \($0)› " } ?? "› "
        return console.colour && editor.isInteractive ? "\u{01}\u{1B}[36m\u{02}\(marker)\u{01}\u{1B}[0m\u{02}" : marker
    }
}
