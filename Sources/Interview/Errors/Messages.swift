import Grid

/// Picks the French or English form of an interface message.
struct Messages: Sendable {
    let language: Language

    /// The message in the interface language: `t("Bonjour", "Hello")`.
    func callAsFunction(_ french: String, _ english: String) -> String {
        language == .fr ? french : english
    }
}

