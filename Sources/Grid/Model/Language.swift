/// An interface and grid language: French (the default) or English.
public enum Language: String, Sendable, CaseIterable, Codable {
    case fr
    case en

    /// The language named by a code such as `fr`, `en_CA.UTF-8` or `fr-CA`, if it is one we speak.
    public init?(code: String) {
        let prefix = code.lowercased().prefix(2)
        guard let language = Language(rawValue: String(prefix)) else { return nil }
        self = language
    }
}
