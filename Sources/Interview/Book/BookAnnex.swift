import Grid

/// The case book's annex: the grid as `grid show` outlines it — sections, questions numbered
/// through the grid with their type, condition and choices — with each question's help and
/// probes, as Markdown. The grid's texts are its author's Markdown; details are escaped.
struct BookAnnex {
    let grid: Grid
    let language: Language

    var markdown: String {
        var blocks = ["# " + MarkdownEscaping.heading(BookWord.annex.text(in: language)),
                      "*" + MarkdownEscaping.typed("\(grid.title) (\(grid.id) v\(grid.version))") + "*"]
        var number = 0
        for section in grid.sections {
            blocks.append("## " + MarkdownEscaping.heading(section.title))
            if let when = section.when {
                blocks.append("*" + MarkdownEscaping.typed(DisplayWord.conditionIf.text(in: language) + ConditionText.describe(when)) + "*")
            }
            for question in section.questions {
                number += 1
                blocks += questionBlocks(question, number: number)
            }
        }
        return blocks.joined(separator: "\n\n") + "\n"
    }

    private func questionBlocks(_ question: Question, number: Int) -> [String] {
        let details = GridOutline.details(of: question, language: language).joined(separator: ", ")
        var blocks = ["**\(number).** " + MarkdownEscaping.authored(question.text)
                      + "\n*(" + MarkdownEscaping.typed(question.id + " — " + details) + ")*"]
        if !question.choices.isEmpty {
            let choices = question.choices.enumerated().map { "\($0.offset + 1). \($0.element.label)" }.joined(separator: " · ")
            blocks.append("*" + BookWord.choices.text(in: language) + "* — " + MarkdownEscaping.authored(choices))
        }
        if let help = question.help {
            blocks.append("*" + BookWord.help.text(in: language) + "* — " + MarkdownEscaping.authored(help))
        }
        if !question.probes.isEmpty {
            blocks.append("*" + BookWord.probes.text(in: language) + "*")
            blocks.append(question.probes.map { "- " + MarkdownEscaping.authored($0) }.joined(separator: "\n"))
        }
        return blocks
    }
}
