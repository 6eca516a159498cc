import Grid

/// Checks a coder's name (`--coder`) before anything is opened: it goes into every code event.
enum CoderName {
    /// The longest name accepted, in characters.
    static let maximumLength = 100

    /// Why `name` is refused, nil when it is fine: empty, too long, or holding control characters.
    static func problem(_ name: String) -> CodingMessage? {
        if name.trimmingWhitespace.isEmpty { return .coderEmpty }
        if name.count > maximumLength { return .coderTooLong(maximum: maximumLength) }
        if name.unicodeScalars.contains(where: { $0.properties.generalCategory == .control }) {
            return .coderControl(TerminalText.safe(name))
        }
        return nil
    }

    /// The interviewer's name as `/code`'s coder, trimmed and NFC; nil when there is none or it
    /// could not be a coder's (a journal's code line must not hold control characters).
    static func usable(_ name: String?) -> String? {
        guard let name, problem(name) == nil else { return nil }
        return name.trimmingWhitespace.precomposedCanonical
    }
}
