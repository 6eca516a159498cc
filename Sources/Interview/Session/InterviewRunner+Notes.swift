import Grid

extension InterviewRunner {
    /// The notes and quotes of the question on screen (or those taken at no question), in the
    /// order `/notes` numbers them.
    func annotations(at question: Question?) -> [Annotation] {
        state.annotations.filter { $0.question == question?.id }
    }

    /// `/notes`: the question's notes and quotes, numbered, safe for the terminal.
    func listNotes(at question: Question?) -> Step {
        let listed = annotations(at: question)
        guard !listed.isEmpty else {
            console.say(NoteMessage.none.text(in: language))
            return .stay(prefill: "")
        }
        let lines = listed.enumerated().map { offset, annotation in
            let text = TerminalText.safe(annotation.text)
            let message: NoteMessage = annotation.isQuote ? .quote(number: offset + 1, text: text) : .note(number: offset + 1, text: text)
            return message.text(in: language)
        }
        console.prompt(lines.joined(separator: "\n") + "\n")
        return .stay(prefill: "")
    }

    /// `/corriger N texte` (new text) or `/retirer N` (`text` nil): journaled, then said.
    func editNote(_ number: Int?, text: String?, at question: Question?, typed: String) -> Step {
        let count = annotations(at: question).count
        guard let number, number >= 1, number <= count else {
            console.error(NoteMessage.noSuchNote(count: count).text(in: language))
            return .stay(prefill: "")
        }
        if let text, text.isEmpty {
            console.error(phrase(.textNeeded))
            return .stay(prefill: typed)
        }
        do { try record(.noteEdit(question: question?.id, index: number, text: text?.precomposedCanonical)) } catch {
            return failedToSave(error, retry: typed).map(Step.end) ?? .stay(prefill: typed)
        }
        console.say((text == nil ? NoteMessage.removed(number: number) : .corrected(number: number)).text(in: language), style: .dim)
        return .stay(prefill: "")
    }

    /// `/repère texte`: a marker for the recording, journaled with its time.
    func mark(_ text: String, at question: Question?, typed: String) -> Step {
        guard !text.isEmpty else {
            console.error(phrase(.textNeeded))
            return .stay(prefill: "")
        }
        do { try record(.mark(question: question?.id, text: text.precomposedCanonical)) } catch {
            return failedToSave(error, retry: typed).map(Step.end) ?? .stay(prefill: typed)
        }
        console.say(NoteMessage.markSaved.text(in: language), style: .dim)
        return .stay(prefill: "")
    }
}
