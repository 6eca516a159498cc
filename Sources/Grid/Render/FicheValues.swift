/// Finds what each placeholder of a fiche sentence shows for one case, and whether a `when` holds.
struct FicheValues {
    let grid: Grid
    let record: CaseRecord
    let words: FicheWords

    /// The answer to `id` as the fiche shows it, or nil when the question has no answer to show
    /// (skipped, refused, "don't know", not applicable, empty, or kept off fiches).
    func value(_ id: String, asLink: Bool = false) -> FicheValue? {
        guard let question = record.question(id), question.status == .answered, let value = question.value,
              grid.question(id: id)?.inFiche != false else { return nil }
        let answers = AnswerText(language: grid.language)
        switch value {
        case .text(let text):
            if asLink { return Self.linkTarget(text).map(FicheValue.text) }
            return nonEmpty(MarkdownText.inline(text))
        case .list(let items), .rank(let items):
            let kept = items.map(MarkdownText.inline).filter { !$0.isEmpty }
            return kept.isEmpty ? nil : .items(kept)
        case .choices(let choices):
            return choices.isEmpty ? nil : .items(choices.map { MarkdownText.inline($0.label) })
        case .choice(let choice):
            return nonEmpty(MarkdownText.inline(choice.label))
        case .bool(let bool):
            return .text(MarkdownText.inline(words.yesNo(bool)))
        case .number(let number):
            let typed = grid.question(for: question)
            let shown = question.said.map { answers.display(said: $0, for: typed) } ?? answers.display(.number(number), for: typed)
            return nonEmpty(MarkdownText.inline(shown))
        }
    }

    /// Whether a sentence's condition holds for the case's answers.
    func holds(_ condition: Condition?) -> Bool {
        guard let condition else { return true }
        return condition.evaluate { id in
            guard let question = record.question(id), question.status == .answered, let value = question.value else { return nil }
            return Self.answerValue(value)
        }
    }

    private func nonEmpty(_ text: String) -> FicheValue? {
        text.isEmpty ? nil : .text(text)
    }

    /// A web address as a link's target (`(`, `)`, spaces and `<>` percent-encoded); nil when
    /// the text is no web link (`javascript:…`), so the line holding it is left out.
    static func linkTarget(_ text: String) -> String? {
        var address = MarkdownText.oneLineVerbatim(text)
        // A bare address (`legrenier.org`), as a `url` question accepts it, is a web page.
        if WebAddress.scheme(of: address) == nil, address.contains("."), !address.contains(where: \.isWhitespace) { address = "https://" + address }
        guard WebAddress.isLink(address) else { return nil }
        let encoded: [Character: String] = ["(": "%28", ")": "%29", " ": "%20", "<": "%3C", ">": "%3E", "\\": "%5C"]
        return address.map { encoded[$0] ?? String($0) }.joined()
    }

    /// The stored answer a record value came from, as conditions read it (choices by id).
    static func answerValue(_ value: RecordValue) -> AnswerValue {
        switch value {
        case .text(let text): return .text(text)
        case .list(let items), .rank(let items): return .list(items)
        case .number(let number): return .number(number)
        case .bool(let bool): return .bool(bool)
        case .choice(let choice): return .text(choice.id)
        case .choices(let choices): return .list(choices.map(\.id))
        }
    }
}
