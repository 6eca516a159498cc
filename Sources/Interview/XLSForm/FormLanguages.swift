import Foundation
import Grid

/// The languages of a form's text columns: `label`, `label::Français (fr)`, `hint::English (en)`.
enum FormLanguages {
    /// The language a column suffix names (`Français (fr)`, `English`, `en`), if we speak it.
    static func language(ofSuffix suffix: String) -> Language? {
        let trimmed = suffix.trimmingCharacters(in: .whitespaces)
        if let open = trimmed.lastIndex(of: "("), let close = trimmed.lastIndex(of: ")"), open < close {
            let code = trimmed[trimmed.index(after: open)..<close]
            return Language(rawValue: code.lowercased())
        }
        switch trimmed.lowercased() {
        case "fr", "french", "français", "francais": return .fr
        case "en", "english", "anglais": return .en
        default: return nil
        }
    }

    /// The column name's base (`label`) and its language suffix, if any.
    static func split(_ header: String) -> (base: String, suffix: String?) {
        let trimmed = header.trimmingCharacters(in: .whitespaces)
        guard let range = trimmed.range(of: "::") else { return (trimmed.lowercased(), nil) }
        return (trimmed[..<range.lowerBound].lowercased(), String(trimmed[range.upperBound...]))
    }

    /// How an export names a language's column: `Français (fr)`, `English (en)`.
    static func suffix(for language: Language) -> String {
        switch language {
        case .fr: return "Français (fr)"
        case .en: return "English (en)"
        }
    }
}
