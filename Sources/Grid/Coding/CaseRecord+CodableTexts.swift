/// The texts of a case a coder walks through, in grid order.
extension CaseRecord {
    /// Every text answer, list item and quote, in grid order; each question's quotes after its
    /// answer, then the quotes taken between questions.
    public var codableTexts: [CodableText] {
        var texts: [CodableText] = []
        for section in sections {
            for question in section.questions {
                switch question.value {
                case .text(let text) where question.type == .text:
                    texts.append(CodableText(target: .answer(question.id), section: section.id, text: text))
                case .list(let items) where question.type == .list:
                    for (offset, item) in items.enumerated() {
                        texts.append(CodableText(target: .item(question.id, offset + 1), section: section.id, text: item))
                    }
                default: break
                }
                for (offset, quote) in question.quotes.enumerated() {
                    texts.append(CodableText(target: .quote(question.id, offset + 1), section: section.id, text: quote.text))
                }
            }
        }
        var looseCount: [String?: Int] = [:]
        for quote in quotes {
            looseCount[quote.question, default: 0] += 1
            texts.append(CodableText(target: .quote(quote.question, looseCount[quote.question] ?? 1), section: nil, text: quote.text))
        }
        return texts
    }

    /// The text a coding target names as the record holds it: for a whole list answer, its items
    /// one per line; nil when the record has no such text.
    public func text(of target: CodingTarget) -> CodableText? {
        if target.part == .answer, let id = target.question, let question = question(id), question.type == .list,
           case .list(let items) = question.value {
            return CodableText(target: target, section: section(of: id), text: items.joined(separator: "\n"))
        }
        return codableTexts.first { $0.target == target }
    }

    /// The id of the section holding a question.
    public func section(of question: String) -> String? {
        sections.first { $0.questions.contains { $0.id == question } }?.id
    }
}
