import Grid

extension InterviewRunner {
    /// Tab at a question: its choices (or yes/no words, or the items to rank), then the commands;
    /// question ids only after `/aller `.
    func completion(at index: Int?) -> LineCompletion {
        var words: [String] = []
        var items: [String] = []
        if let index {
            let question = questions[index]
            switch question.type {
            case .choice: words = question.choices.map(\.label)
            case .multichoice:
                // The answer is read item by item, split at spaces too: only one-word labels can be typed.
                items = question.choices.map(\.label).filter { !$0.contains(where: LineCompletion.separatesItems) }
                words = items
            case .yesno: words = yesNoWords
            case .rank: words = evaluation.rankItems[question.id] ?? []
            default: break
            }
        }
        return LineCompletion(words: words + commandNames, command: CommandName.goTo.text(in: language), targets: questions.map(\.id),
                              items: items, listCommand: CommandName.code.text(in: language), listWords: loaded.grid.codeIDs)
    }

    /// Tab at a yes/no confirmation: the yes/no words only.
    var yesNoCompletion: LineCompletion { LineCompletion(words: yesNoWords) }

    /// The words a yes/no answer takes in full (`ou` → `oui`), the grid's language first.
    private var yesNoWords: [String] {
        switch loaded.grid.language {
        case .fr: return ["oui", "non", "yes", "no"]
        case .en: return ["yes", "no", "oui", "non"]
        }
    }
}
