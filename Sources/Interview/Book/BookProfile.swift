import Grid

/// The case book's profile overview, computed from the records by `CaseProfile`: how many cases,
/// then for each closed question the cases per option (options no case chose are left out), and
/// for each numeric question the spread of the answers, as bullets under the question's label.
struct BookProfile {
    let profile: CaseProfile
    /// The grids of the cases: questions kept out of the fiche (consent) are kept out here too.
    let grids: [Grid]
    let language: Language

    var markdown: String {
        var blocks = ["# " + MarkdownEscaping.heading(BookWord.profile.text(in: language)),
                      MarkdownEscaping.typed(BookWord.profileCases(profile.cases).text(in: language))]
        if profile.excluded > 0 { blocks.append(MarkdownEscaping.typed(BookWord.profileLeftOut(profile.excluded).text(in: language))) }
        for question in profile.questions(in: language) where inFiche(question) {
            let lines = bullets(question)
            guard !lines.isEmpty else { continue }
            blocks.append("## " + MarkdownEscaping.heading(question.label))
            blocks.append(lines.map { "- " + $0 }.joined(separator: "\n"))
        }
        return blocks.joined(separator: "\n\n") + "\n"
    }

    /// Whether the question's grid shows it in the fiche (`fiche: false` keeps consent out).
    private func inFiche(_ question: QuestionProfile) -> Bool {
        grids.first { $0.id == question.gridID }?.question(id: question.questionID)?.inFiche ?? true
    }

    /// The bullets of a question: one per option chosen, or the spread of the numbers; then
    /// how many cases gave no answer.
    private func bullets(_ question: QuestionProfile) -> [String] {
        var lines: [String] = []
        switch question.figures {
        case .options(let options):
            lines = options.filter { $0.count > 0 }.map {
                MarkdownEscaping.typed(BookWord.optionCount(label: $0.label, count: $0.count).text(in: language))
            }
        case .numbers(let spread):
            if let spread {
                let text = BookWord.spread(min: NumberText.format(spread.min, language), median: NumberText.format(spread.median, language),
                                           max: NumberText.format(spread.max, language), answers: spread.count)
                lines = [MarkdownEscaping.typed(text.text(in: language))]
            }
        }
        if !lines.isEmpty, question.noAnswer > 0 { lines.append(MarkdownEscaping.typed(BookWord.noAnswer(question.noAnswer).text(in: language))) }
        return lines
    }
}
