/// Steps of an interview on ``SmallGrid`` that many tests begin with.
extension PseudoTerminal {
    /// Waits for question 1 of ``SmallGrid``, answers `name`, and waits for the answer prompt
    /// of question 2 (the list).
    func answerTheName(_ name: String = "Coop") throws {
        try expectPrompt(after: "1. Nom de l'organisme?")
        sendLine(name)
        try expectPrompt(after: "2. Principaux défis?")
    }
}
