/// A line a fiche writes under a heading: a paragraph, a bullet, or a lead line over bullets.
///
/// A line is written with the first of its `sentences` whose condition holds and whose answers
/// are all given; when none can be, the line is left out.
public struct CaseFileLine: Sendable, Equatable {
    /// How the line is laid out.
    public enum Kind: Sendable, Equatable {
        case paragraph
        /// `- …`; a bullet over a list question and nothing else is one bullet per item.
        case bullet
        /// `En 2021, elle comptait :` over its bullets, written only when a bullet is. Every
        /// bullet but the last ends with `itemEnd`, the last with `lastEnd` (` ;` and `.`).
        case lead(bullets: [CaseFileLine], itemEnd: String, lastEnd: String)
    }

    public var kind: Kind
    /// The ways of writing it, tried in order.
    public var sentences: [FicheSentence]

    public init(kind: Kind, sentences: [FicheSentence]) {
        self.kind = kind
        self.sentences = sentences
    }

    /// Every question the line (and, for a lead, its bullets) can show or test.
    public var questionIDs: [String] {
        var ids = sentences.flatMap { $0.template.questionIDs + ($0.when?.questionIDs ?? []) }
        if case .lead(let bullets, _, _) = kind { ids += bullets.flatMap(\.questionIDs) }
        return ids
    }
}
