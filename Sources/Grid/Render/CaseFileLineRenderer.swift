/// Writes an entry's `lines` for one case: paragraphs, bullet lists and lead lines over bullets.
struct CaseFileLineRenderer {
    let values: FicheValues

    /// The Markdown blocks of the lines: consecutive bullets make one list.
    func blocks(_ lines: [CaseFileLine]) -> [String] {
        var blocks: [String] = []
        var bullets: [String] = []
        func closeList() {
            if !bullets.isEmpty { blocks.append(bullets.joined(separator: "\n")) }
            bullets = []
        }
        for line in lines {
            switch line.kind {
            case .paragraph:
                guard let text = written(line.sentences)?.first else { continue }
                closeList()
                blocks.append(text)
            case .bullet:
                bullets += (written(line.sentences, perItem: true) ?? []).map(bullet)
            case .lead(let inner, let itemEnd, let lastEnd):
                let items = inner.flatMap { written($0.sentences, perItem: true) ?? [] }
                guard !items.isEmpty else { continue }
                closeList()
                if let lead = written(line.sentences)?.first { blocks.append(lead) }
                blocks.append(items.enumerated().map { index, item in
                    bullet(ended(item, with: index == items.count - 1 ? lastEnd : itemEnd))
                }.joined(separator: "\n"))
            }
        }
        closeList()
        return blocks
    }

    /// The first of the sentences that can be written: its condition holds and every answer it
    /// names is given. A sentence over a list and nothing else gives one text per item when
    /// `perItem`; otherwise the items are joined by commas.
    func written(_ sentences: [FicheSentence], perItem: Bool = false) -> [String]? {
        for sentence in sentences where values.holds(sentence.when) {
            let parts = sentence.template.parts
            if perItem, parts.count == 1, case .answer(let id) = parts[0], case .items(let items)? = values.value(id) {
                return items
            }
            guard let text = fill(parts) else { continue }
            // A line is made safe once written whole: `2021.` after an answer is no list.
            return [text.split(separator: "\n", omittingEmptySubsequences: false)
                .map { MarkdownText.escapeLineStart(String($0)) }.joined(separator: "\n")]
        }
        return nil
    }

    /// The sentence with its answers in place, or nil when one is missing.
    private func fill(_ parts: [FicheTemplate.Part]) -> String? {
        var text = ""
        for (index, part) in parts.enumerated() {
            switch part {
            case .text(let literal):
                text += literal
            case .answer(let id):
                // Right after `](`, the answer is a link's target.
                let asLink: Bool
                if index > 0, case .text(let before) = parts[index - 1] { asLink = before.hasSuffix("](") } else { asLink = false }
                guard let value = values.value(id, asLink: asLink) else { return nil }
                text += value.joined
            }
        }
        return text.isEmpty ? nil : text
    }

    /// `- text`, the text's start escaped once its ending is on (`- 2021\.`, not a list in a list).
    private func bullet(_ text: String) -> String {
        "- " + MarkdownText.escapeLineStart(text)
    }

    /// The item followed by `end`, unless it already ends so (a typed final period).
    private func ended(_ item: String, with end: String) -> String {
        guard !end.isEmpty else { return item }
        let mark = end.trimmingWhitespace
        return !mark.isEmpty && item.hasSuffix(mark) ? item : item + end
    }
}
