import Grid

extension InterviewRunner {
    /// Stops the session at a piped line that is not valid UTF-8 (exit 65, naming the input
    /// line), as for an invalid answer: what was typed is never stored with replacement characters.
    func undecodable(byte: Int, question: String?) -> Step {
        let message = phrase(.notUTF8(byte: byte))
        return .end(.invalidInput(line: editor.lineNumber, question: question ?? "—", message: message))
    }
}
