/// A message's text in every interface language, side by side: `(fr: "…", en: "…")`.
public typealias Wording = (fr: String, en: String)

/// Messages keyed by a typed id, each with its French and English text side by side.
///
/// A conforming type (an enum of messages, or an error whose cases are its messages) gives
/// `wording` as one `switch` over its cases, each returning `(fr: "…", en: "…")`; `text(in:)`
/// picks the language. Fixing a wording is one edit in that switch. Adding a language adds a
/// member to `Wording` and a case to `text(in:)`; the compiler then points at every message
/// still to translate.
public protocol MessageCatalogue {
    /// The message in every language.
    var wording: Wording { get }
}

extension MessageCatalogue {
    /// The message in `language`.
    public func text(in language: Language) -> String {
        let wording = self.wording
        switch language {
        case .fr: return wording.fr
        case .en: return wording.en
        }
    }
}
