import Foundation
import Grid

extension InterviewRunner {
    /// The grid's title and objectives, and how to get help.
    func showWelcome() {
        let grid = loaded.grid
        console.say(grid.title, style: .title)
        if !grid.objectives.isEmpty {
            console.say(t("Objectifs :", "Objectives:"))
            for (number, objective) in grid.objectives.enumerated() { console.say("  \(number + 1). \(objective)") }
        }
        console.say(t("Cas \(caseID). Chaque réponse est enregistrée aussitôt. /aide liste les commandes.",
                      "Case \(caseID). Every answer is saved at once. /help lists the commands."), style: .dim)
    }

    /// `resume`'s short status: answered n of m, skipped k, time spent.
    func showStatus() {
        let evaluation = self.evaluation
        let progress = evaluation.progress
        let answered = evaluation.count(.answered)
        let skipped = evaluation.count(.skipped)
        let minutes = SafeInteger.from((state.secondsSpent / 60).rounded())
        console.say(loaded.grid.title, style: .title)
        console.say(t("Reprise du cas \(caseID) : \(answered) \(answered > 1 ? "réponses" : "réponse") sur \(progress.relevant) questions, \(skipped) \(skipped > 1 ? "passées" : "passée"), \(minutes) min d'entretien.",
                      "Resuming case \(caseID): \(answered) \(answered == 1 ? "answer" : "answers") of \(progress.relevant) questions, \(skipped) skipped, \(minutes) min of interview."))
        if state.lifecycle == .completed {
            console.say(t("Ce cas est terminé : /aller N modifie une réponse, /fin ou Ctrl-D le referme.",
                          "This case is completed: /goto N changes an answer, /finish or Ctrl-D closes it."))
        }
    }

    /// The question's section, number, progress mark, text, probes, help and choices.
    func showHeader(_ index: Int) {
        shown = index
        shownAt = Date()
        let question = questions[index]
        let evaluation = self.evaluation
        let section = sectionOfQuestion[index]
        let progress = evaluation.progress
        let percent = progress.relevant == 0 ? 0 : progress.done * 100 / progress.relevant
        let mark = t("\(section) · question \(index + 1) sur \(questions.count) · \(percent) %",
                     "\(section) · question \(index + 1) of \(questions.count) · \(percent) %")
        var lines = ["", console.styled(mark, .dim), console.styled("\(index + 1). \(question.text)", .title)]
        for probe in question.probes { lines.append("   ↳ " + probe) }
        if let help = question.help { lines.append(console.styled("   " + t("Aide : ", "Help: ") + help, .dim)) }
        switch question.type {
        case .choice, .multichoice:
            for (number, choice) in question.choices.enumerated() { lines.append("   \(number + 1). \(choice.label)") }
            if question.type == .multichoice {
                lines.append(console.styled(t("   (numéros séparés par des espaces ou des virgules)", "   (numbers separated by spaces or commas)"), .dim))
            }
        case .rank:
            for (number, item) in (evaluation.rankItems[question.id] ?? []).enumerated() {
                lines.append("   \(number + 1). \(TerminalText.safe(item))")
            }
            lines.append(console.styled(t("   (numéros du plus important au moins important, au plus \(question.count ?? 1))",
                                          "   (numbers, most important first, at most \(question.count ?? 1))"), .dim))
        case .list:
            lines.append(console.styled(t("   (un élément par ligne ; ligne vide pour terminer)", "   (one item per line; an empty line ends the list)"), .dim))
        case .yesno:
            lines.append(console.styled(t("   (oui/non)", "   (yes/no)"), .dim))
        case .date:
            lines.append(console.styled(t("   (AAAA-MM-JJ)", "   (YYYY-MM-DD)"), .dim))
        default:
            if let unit = question.unit { lines.append(console.styled("   (\(unit))", .dim)) }
        }
        if let value = state.responses[question.id]?.value, state.drafts[question.id] == nil, question.type == .list {
            lines.append(console.styled(t("   Réponse actuelle : ", "   Current answer: ") + TerminalText.safe(answers.display(value, for: question)), .dim))
        }
        console.prompt(lines.joined(separator: "\n") + "\n")
        editor.completions = commandNames + question.choices.map(\.label) + gotoCompletions
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
            case .skipped: text = t("[passée]", "[skipped]")
            case .dontKnow: text = t("[ne sait pas]", "[don't know]")
            case .refused: text = t("[refus]", "[refused]")
            case .unanswered, .notApplicable: text = t("[sans réponse]", "[no answer]")
            }
            lines.append("\(String(format: "%3d", index + 1)). \(question.displayLabel) — \(TerminalText.safe(text))")
        }
        console.prompt(lines.joined(separator: "\n") + "\n")
    }

    /// The in-session commands.
    func showHelp() {
        let lines = t.language == .fr ? [
            "/aide            cette aide",
            "/retour          question précédente (la réponse revient dans la ligne)",
            "/suivant         question suivante sans répondre",
            "/aller N|id      aller à une question",
            "/passer          passer la question",
            "/nsp  /refus     ne sait pas, refus de répondre",
            "/effacer         effacer la réponse",
            "/note …          note de l'intervieweur·e",
            "/citation …      citation textuelle",
            "/revoir          toutes les réponses",
            "/pause           mettre en pause (Ctrl-D aussi)",
            "/fin             terminer l'entretien",
            "//…              une réponse qui commence par /",
        ] : [
            "/help            this help",
            "/back            previous question (its answer comes back in the line)",
            "/next            next question without answering",
            "/goto N|id       go to a question",
            "/skip            skip the question",
            "/dk  /refuse     don't know, refused to answer",
            "/clear           clear the answer",
            "/note …          interviewer's note",
            "/quote …         verbatim quote",
            "/review          every answer",
            "/pause           pause (Ctrl-D too)",
            "/finish          finish the interview",
            "//…              an answer starting with /",
        ]
        console.prompt(lines.joined(separator: "\n") + "\n")
    }
}
