import Foundation
import Grid

extension InterviewRunner {
    /// Collects a `list` answer item by item, journaling each item as a draft.
    ///
    /// When editing, the current items come back one by one in the edit line: Enter keeps an
    /// item, an emptied line removes it; new items follow; an empty line ends the list.
    func collectList(_ index: Int) -> Step {
        let question = questions[index]
        var items: [String] = []
        var offered: [String]
        if let draft = state.drafts[question.id] {
            offered = draft.items
        } else {
            offered = state.responses[question.id]?.value?.items ?? []
        }
        if !editor.isInteractive { items = offered; offered = [] }
        var pendingLine = state.drafts[question.id]?.line ?? ""
        while true {
            let prefill = offered.first ?? pendingLine
            if offered.isEmpty { pendingLine = "" }
            editor.completions = completion(at: index)
            let input = editor.readLine(prompt: promptText(item: items.count + 1), prefill: editor.isInteractive ? prefill : "")
            switch input {
            case .endOfInput:
                return .end(stop())
            case .interrupted(let partial):
                if partial.isEmpty { return .end(stop()) }
            case .undecodable(let byte):
                return undecodable(byte: byte, question: question.id)
            case .terminated(let signal, let partial):
                // An item being edited keeps its place; a new line being typed comes last.
                if !offered.isEmpty {
                    let kept = items + (partial.isEmpty ? [] : [partial]) + offered.dropFirst(partial.isEmpty ? 0 : 1)
                    return terminate(signal, question: question.id, items: kept, partial: "")
                }
                return terminate(signal, question: question.id, items: items, partial: partial)
            case .line(let raw):
                if let command = SessionCommand.parse(raw) {
                    let step = handle(command, at: index, typed: raw)
                    if case .stay(let text) = step {
                        if command == .clear { items = []; offered = [] }
                        // The question was shown again: so are the items typed so far.
                        if [.help, .review, .finish].contains(command), editor.isInteractive {
                            for (number, item) in items.enumerated() { console.say("  \(number + 1)› " + TerminalText.safe(item)) }
                        }
                        if offered.isEmpty { pendingLine = text }
                        continue
                    }
                    return step
                }
                let text = SessionCommand.literal(raw).trimmingWhitespace.precomposedCanonical
                if !offered.isEmpty {
                    offered.removeFirst()
                    if !text.isEmpty { items.append(text) }
                    if let failure = saveDraft(question, items + offered, retry: raw) { return failure }
                    continue
                }
                if !text.isEmpty {
                    items.append(text)
                    if let failure = saveDraft(question, items, retry: raw) {
                        items.removeLast()
                        pendingLine = raw
                        if case .end = failure { return failure }
                    }
                    continue
                }
                if items.isEmpty {
                    if question.required {
                        let step = rejected(.empty, typed: "", question: question)
                        if case .end = step { return step }
                        continue
                    }
                    do { try record(.skip(question: question.id)) } catch {
                        if let outcome = failedToSave(error, retry: "") { return .end(outcome) }
                        continue
                    }
                    return .advance
                }
                do {
                    try record(.answer(question: question.id, value: .list(items), seconds: secondsOnQuestion))
                } catch {
                    if let outcome = failedToSave(error, retry: "") { return .end(outcome) }
                    continue
                }
                return .advance
            }
        }
    }

    /// Journals the items so far; a failure on a terminal returns `.stay`, piped `.end`.
    private func saveDraft(_ question: Question, _ items: [String], retry: String) -> Step? {
        do {
            try record(.draft(question: question.id, items: items, line: nil))
            return nil
        } catch {
            return failedToSave(error, retry: retry).map(Step.end) ?? .stay(prefill: retry)
        }
    }
}
