import Grid

extension InterviewRunner {
    /// Stops the session at a piped line that is not valid UTF-8 (exit 65, naming the input
    /// line), as for an invalid answer: what was typed is never stored with replacement characters.
    func undecodable(byte: Int, question: String?) -> Step {
        let message = t("Ce n'est pas du texte UTF-8 valide (octet \(byte) de la ligne) ; enregistrez l'entrée en UTF-8.",
                        "This is not valid UTF-8 text (byte \(byte) of the line); save the input as UTF-8.")
        return .end(.invalidInput(line: editor.lineNumber, question: question ?? "—", message: message))
    }
}
