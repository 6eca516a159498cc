import Foundation
import Grid

extension InterviewRunner {
    /// The grid's title and objectives, and how to get help.
    func showWelcome() {
        let grid = loaded.grid
        console.say(console.wrapped(grid.title, style: .title))
        if !grid.objectives.isEmpty {
            console.say(phrase(.objectives))
            for (number, objective) in grid.objectives.enumerated() {
                console.say(console.wrapped(objective, first: "  \(number + 1). "))
            }
        }
        console.say(phrase(.welcome(caseID: caseID)), style: .dim)
    }

    /// `resume`'s short status: the questions done and how, and the time the interview took so far.
    func showStatus() {
        // Up to the last event, as the case record counts it (not the time since a crash).
        let minutes = SafeInteger.from(state.activeTime.seconds / 60)
        console.say(loaded.grid.title, style: .title)
        console.say(console.wrapped(phrase(.resuming(caseID: caseID, tally: evaluation.tally, minutes: minutes))))
        if state.lifecycle == .completed {
            console.say(phrase(.reopenedCompleted))
        }
    }

    /// The question's section, number, progress mark, text, probes, help and choices.
    func showHeader(_ index: Int) {
        shown = index
        shownAt = Date()
        let question = questions[index]
        let evaluation = self.evaluation
        let section = sectionOfQuestion[index]
        let percent = evaluation.percentThrough(position: index)
        let mark = phrase(.progress(section: section, number: index + 1, count: questions.count, percent: percent, minutes: elapsedMinutes))
        let numbered = "\(index + 1). "
        var lines = ["", console.styled(mark, .dim), console.wrapped(numbered + question.text, rest: String(repeating: " ", count: numbered.count), style: .title)]
        for probe in question.probes { lines.append(console.wrapped("↳ " + probe, first: "   ", rest: "     ")) }
        if let help = question.help { let label = phrase(.helpLabel)
            lines.append(console.wrapped(label + help, first: "   ", rest: String(repeating: " ", count: 3 + label.count), style: .dim)) }
        switch question.type {
        case .choice, .multichoice:
            for (number, choice) in question.choices.enumerated() {
                lines.append(console.wrapped(choice.label, first: "   \(number + 1). "))
            }
            if question.type == .multichoice {
                lines.append(console.styled(phrase(.multichoiceHint), .dim))
            }
        case .rank:
            for (number, item) in (evaluation.rankItems[question.id] ?? []).enumerated() {
                lines.append("   \(number + 1). \(TerminalText.safe(item))")
            }
            lines.append(console.styled(phrase(.rankHint(count: question.count ?? 1)), .dim))
        case .list:
            lines.append(console.styled(phrase(.listHint), .dim))
        case .yesno:
            lines.append(console.styled(phrase(.yesNoHint), .dim))
        case .date:
            lines.append(console.styled(phrase(.dateHint), .dim))
        default:
            if let unit = question.shownUnit { lines.append(console.styled("   (\(unit))", .dim)) }
        }
        if let value = state.responses[question.id]?.value, state.drafts[question.id] == nil, question.type == .list {
            lines.append(console.styled(phrase(.currentAnswer) + TerminalText.safe(answers.display(value, for: question)), .dim))
        }
        console.prompt(lines.joined(separator: "\n") + "\n")
    }

    /// Every relevant question with its status or answer, safe for the terminal.
    func showReview() {
        let evaluation = self.evaluation
        var lines: [String] = []
        for (index, question) in questions.enumerated() where evaluation.isRelevant(question.id) {
            let text: String
            switch evaluation.status(of: question.id) {
            case .answered:
                text = state.responses[question.id]?.value.map { answers.display($0, for: question) } ?? ""
            case .skipped: text = phrase(.reviewSkipped)
            case .dontKnow: text = phrase(.reviewDontKnow)
            case .refused: text = phrase(.reviewRefused)
            case .unanswered, .notApplicable: text = phrase(.reviewNoAnswer)
            }
            lines.append("\(String(format: "%3d", index + 1)). \(question.displayLabel) — \(TerminalText.safe(text))")
        }
        lines.append(phrase(.tally(evaluation.tally)))
        page(lines)
    }

    /// The in-session commands.
    func showHelp() {
        console.prompt(phrase(.help) + "\n")
    }
}
