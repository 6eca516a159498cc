/// A sentence of a fiche written over answers: `Conseil d'administration ({taille_ca}) et AGA.`
///
/// `{id}` stands for the answer to question `id`; `{{` and `}}` write a brace. The text around
/// placeholders is the grid author's Markdown and is written as is; answers are escaped.
public struct FicheTemplate: Sendable, Hashable {
    /// A run of the grid's own text, or the answer to a question.
    public enum Part: Sendable, Hashable {
        case text(String)
        case answer(String)
    }

    public var parts: [Part]

    public init(parts: [Part]) {
        self.parts = parts
    }

    /// The sentence as written in the grid (`{id}` for an answer, braces doubled).
    public var sourceText: String {
        parts.map { part in
            switch part {
            case .text(let text): return text.replacingOccurrences(of: "{", with: "{{").replacingOccurrences(of: "}", with: "}}")
            case .answer(let id): return "{\(id)}"
            }
        }.joined()
    }

    /// The questions the sentence needs, in the order written.
    public var questionIDs: [String] {
        parts.compactMap { part in
            if case .answer(let id) = part { return id }
            return nil
        }
    }
}
