import Foundation
import Grid

extension InterviewRunner {
    /// Carries out an in-session command typed at question `index` (nil at the review prompt);
    /// `typed` is the line as typed, offered again when saving fails.
    func handle(_ command: SessionCommand, at index: Int?, typed: String = "") -> Step {
        let question = index.map { questions[$0] }
        let evaluation = self.evaluation
        switch command {
        case .help:
            showHelp()
            showAgain(index)
            return .stay(prefill: "")
        case .review:
            showReview()
            showAgain(index)
            return .stay(prefill: "")
        case .back:
            guard let index, let previous = evaluation.previousRelevant(before: index) else {
                console.say(phrase(.firstQuestion))
                return .stay(prefill: "")
            }
            return navigate(to: previous)
        case .next:
            guard let index, let next = evaluation.nextRelevant(after: index) else {
                console.say(phrase(.lastQuestion))
                return .stay(prefill: "")
            }
            return navigate(to: next)
        case .goTo(let target):
            return goTo(target, evaluation: evaluation)
        case .skip, .dontKnow, .refuse, .clear:
            guard let question else { return notAtQuestion() }
            let event: JournalEvent
            switch command {
            case .skip: event = .skip(question: question.id)
            case .dontKnow: event = .special(question: question.id, .dontKnow, seconds: secondsOnQuestion)
            case .refuse: event = .special(question: question.id, .refused, seconds: secondsOnQuestion)
            default: event = .clear(question: question.id)
            }
            do { try record(event) } catch {
                return failedToSave(error, retry: typed).map(Step.end) ?? .stay(prefill: typed)
            }
            if command == .clear {
                console.say(phrase(.answerCleared))
                return .stay(prefill: "")
            }
            return .advance
        case .note(let text), .quote(let text):
            guard !text.isEmpty else {
                console.error(phrase(.textNeeded))
                return .stay(prefill: "")
            }
            let clean = text.precomposedCanonical
            let event: JournalEvent = command == .note(text) ? .note(question: question?.id, text: clean) : .quote(question: question?.id, text: clean)
            do { try record(event) } catch {
                return failedToSave(error, retry: typed).map(Step.end) ?? .stay(prefill: typed)
            }
            console.say(command == .note(text) ? phrase(.noteSaved) : phrase(.quoteSaved), style: .dim)
            return .stay(prefill: "")
        case .notes:
            return listNotes(at: question)
        case .editNote(let number, let text):
            return editNote(number, text: text, at: question, typed: typed)
        case .removeNote(let number):
            return editNote(number, text: nil, at: question, typed: typed)
        case .mark(let text):
            return mark(text, at: question, typed: typed)
        case .code(let ids):
            return codeLastAnswer(ids, typed: typed)
        case .pause:
            return .end(pause())
        case .finish:
            return confirmFinish(at: index)
        case .unknown(let name):
            let message = phrase(.unknownCommand(name: TerminalText.safe(name)))
            // Piped, going on would take the next line as this question's answer and shift every
            // answer after it: stop there, as for an invalid answer (exit 65).
            guard editor.isInteractive else {
                return .end(.invalidInput(line: editor.lineNumber, question: question?.id ?? "—", message: message))
            }
            console.error(message)
            return .stay(prefill: "")
        }
    }

    private func notAtQuestion() -> Step {
        console.error(phrase(.noQuestionShown))
        return .stay(prefill: "")
    }

    /// Goes to a question by number (as shown) or id.
    private func goTo(_ target: String, evaluation: Evaluation) -> Step {
        let index = Int(target).map { $0 > 0 ? $0 - 1 : -1 } ?? evaluation.index(of: target)
        guard let index, questions.indices.contains(index) else {
            console.error(phrase(.noSuchQuestion(target: TerminalText.safe(target), count: questions.count)))
            return .stay(prefill: "")
        }
        guard evaluation.isRelevant(questions[index].id) else {
            console.error(phrase(.notApplicable(number: index + 1)))
            return .stay(prefill: "")
        }
        jumped = true
        return navigate(to: index)
    }

    func navigate(to index: Int) -> Step {
        try? record(.navigation(to: questions[index].id))
        return .goTo(index)
    }

    /// `/fin` at question `index`: lists required questions still unanswered and asks to confirm
    /// on a terminal; confirmed, the closing review follows; declined, the question is shown again.
    func confirmFinish(at index: Int?) -> Step {
        let missing = evaluation.missingRequired
        if !missing.isEmpty {
            let list = missing.map { "\((evaluation.index(of: $0.id) ?? 0) + 1). \($0.displayLabel)" }.joined(separator: ", ")
            console.say(phrase(.requiredMissing(list: list)))
        }
        if editor.isInteractive {
            editor.completions = yesNoCompletion
            let input = editor.readLine(prompt: phrase(.confirmFinish), prefill: "")
            guard case .line(let answer) = input, ["o", "oui", "y", "yes"].contains(answer.lowercased().trimmingWhitespace) else {
                console.say(phrase(.interviewGoesOn))
                showAgain(index)
                return .stay(prefill: "")
            }
        }
        return closingReview()
    }

    /// The prompt of a reopened, completed case: commands only.
    func reviewPrompt() -> Step {
        shown = nil
        editor.completions = completion(at: nil)
        let input = editor.readLine(prompt: phrase(.reviewPrompt), prefill: "")
        switch input {
        case .endOfInput:
            return .end(closeReview())
        case .interrupted(let partial):
            return partial.isEmpty ? .end(closeReview()) : .stay(prefill: "")
        case .terminated(let signal, _):
            return terminate(signal, question: nil, items: [], partial: "")
        case .undecodable(let byte):
            return undecodable(byte: byte, question: nil)
        case .line(let raw):
            if let command = SessionCommand.parse(raw) {
                if command == .finish { return .end(closeReview()) }
                return handle(command, at: nil, typed: raw)
            }
            if !raw.trimmingWhitespace.isEmpty {
                console.say(phrase(.reviewHint))
            }
            return .stay(prefill: "")
        }
    }

    /// Closes a reopened case: still completed unless a required question became unanswered.
    func closeReview() -> SessionOutcome {
        evaluation.missingRequired.isEmpty ? finish() : pause()
    }
}
