/// Waits that know what an `interview` session prints.
extension PseudoTerminal {
    /// Waits for `text` (a question, a message) and then for the next answer prompt (`› `, or
    /// `  N› ` in a list); returns the output up to the prompt.
    @discardableResult
    func expectPrompt(after text: String, timeout: Double = 3) throws -> String {
        let before = try expect(text, timeout: timeout)
        return before + (try expect("› ", timeout: timeout))
    }

    /// Waits for the next answer prompt.
    @discardableResult
    func expectPrompt(timeout: Double = 3) throws -> String {
        try expect("› ", timeout: timeout)
    }
}
