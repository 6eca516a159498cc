/// A grid's texts in one of its other languages: each text of the primary language with its
/// translation, and each fiche sentence with the sentence written in that language.
///
/// Texts are keyed by the primary-language text, as a translator's table is: the same text in
/// two places has one translation (the loader reports one text translated two ways).
public struct GridTranslation: Sendable, Equatable {
    public var texts: [String: String]
    public var templates: [FicheTemplate: FicheTemplate]

    public init(texts: [String: String] = [:], templates: [FicheTemplate: FicheTemplate] = [:]) {
        self.texts = texts
        self.templates = templates
    }
}
