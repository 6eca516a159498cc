import Grid

/// Where a coded text was said, in words: `3. Principaux défis? · élément 2`, `Citation 1 · 3. …`.
struct CodingPlace {
    let record: CaseRecord
    let language: Language

    /// The question's number and text, the item or quote number; a quote between questions says so.
    func describe(_ target: CodingTarget) -> String {
        let question = target.question.flatMap { record.question($0) }
        let asked = question.map { "\($0.number). \(TerminalText.safe($0.text))" }
        switch target.part {
        case .answer:
            return asked ?? (target.question.map { TerminalText.safe($0) } ?? "—")
        case .item:
            return [asked, CodingMessage.item(target.index ?? 1).text(in: language)].compactMap { $0 }.joined(separator: " · ")
        case .quote:
            guard let asked else { return CodingMessage.looseQuote(target.index ?? 1).text(in: language) }
            return CodingMessage.quote(target.index ?? 1).text(in: language) + " · " + asked
        }
    }

    /// The short name of the section the target's question is in; nil for a quote between questions.
    func sectionName(of target: CodingTarget) -> String? {
        guard let id = target.question else { return nil }
        return record.sections.first { $0.questions.contains { $0.id == id } }.map { $0.label ?? $0.title }
    }
}
