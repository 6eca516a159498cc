import Grid

/// What an interview session says to the interviewer, in French and English side by side.
enum SessionMessage: MessageCatalogue {
    // Opening a session.
    case objectives
    case welcome(caseID: String)
    case resuming(caseID: String, tally: StatusTally, minutes: Int)
    case reopenedCompleted
    // A question's header.
    case progress(section: String, number: Int, count: Int, percent: Int, minutes: Int)
    case helpLabel
    case multichoiceHint
    case rankHint(count: Int)
    case listHint
    case yesNoHint
    case dateHint
    case currentAnswer
    // The review of every answer.
    case reviewSkipped
    case reviewDontKnow
    case reviewRefused
    case reviewNoAnswer
    case tally(StatusTally)
    // The closing review, and paging a long review.
    case closingReviewTitle
    case closingReviewHint
    case closingPrompt
    case morePrompt
    // In-session commands.
    case help
    case firstQuestion
    case lastQuestion
    case answerCleared
    case textNeeded
    case noteSaved
    case quoteSaved
    case unknownCommand(name: String)
    case noQuestionShown
    case noSuchQuestion(target: String, count: Int)
    case notApplicable(number: Int)
    case requiredMissing(list: String)
    case confirmFinish
    case earlyEnd(questions: Int)
    case confirmEarlyEnd
    case interviewGoesOn
    case reviewPrompt
    case reviewHint
    // Saving, finishing, pausing, refusing input.
    case nothingLost
    case completed(tally: StatusTally)
    case paused(command: String)
    case notUTF8(byte: Int)

    var wording: Wording {
        switch self {
        case .objectives:
            return (fr: "Objectifs :", en: "Objectives:")
        case .welcome(let caseID):
            return (fr: "Cas \(caseID). Chaque réponse est enregistrée aussitôt. /aide liste les commandes.",
                    en: "Case \(caseID). Every answer is saved at once. /help lists the commands.")
        case .resuming(let caseID, let tally, let minutes):
            let counts = Self.counts(tally)
            let time = Self.elapsed(minutes: minutes)
            return (fr: "Reprise du cas \(caseID) : \(tally.done) questions traitées sur \(tally.relevant) (\(counts.fr)), \(time.fr) d'entretien.",
                    en: "Resuming case \(caseID): \(tally.done) of \(tally.relevant) questions done (\(counts.en)), \(time.en) of interview.")
        case .reopenedCompleted:
            return (fr: "Ce cas est terminé : /aller N modifie une réponse, /fin ou Ctrl-D le referme.",
                    en: "This case is completed: /goto N changes an answer, /finish or Ctrl-D closes it.")
        case .progress(let section, let number, let count, let percent, let minutes):
            let time = Self.elapsed(minutes: minutes)
            return (fr: "\(section) · question \(number) sur \(count) · \(percent) % · \(time.fr)",
                    en: "\(section) · question \(number) of \(count) · \(percent) % · \(time.en)")
        case .helpLabel:
            return (fr: "Aide : ", en: "Help: ")
        case .multichoiceHint:
            return (fr: "   (numéros séparés par des espaces ou des virgules)", en: "   (numbers separated by spaces or commas)")
        case .rankHint(let count):
            return (fr: "   (numéros du plus important au moins important, au plus \(count))",
                    en: "   (numbers, most important first, at most \(count))")
        case .listHint:
            return (fr: "   (un élément par ligne ; ligne vide pour terminer)", en: "   (one item per line; an empty line ends the list)")
        case .yesNoHint:
            return (fr: "   (oui/non)", en: "   (yes/no)")
        case .dateHint:
            return (fr: "   (AAAA-MM-JJ)", en: "   (YYYY-MM-DD)")
        case .currentAnswer:
            return (fr: "   Réponse actuelle : ", en: "   Current answer: ")
        case .reviewSkipped:
            return (fr: "[passée]", en: "[skipped]")
        case .reviewDontKnow:
            return (fr: "[ne sait pas]", en: "[don't know]")
        case .reviewRefused:
            return (fr: "[refus]", en: "[refused]")
        case .reviewNoAnswer:
            return (fr: "[sans réponse]", en: "[no answer]")
        case .tally(let tally):
            return Self.counts(tally)
        case .closingReviewTitle:
            return (fr: "Avant de terminer, encore sans réponse :", en: "Before closing, still without an answer:")
        case .closingReviewHint:
            return (fr: "/aller N pour y revenir ; Entrée sur une ligne vide termine l'entretien.",
                    en: "/goto N to go back to one; Enter on an empty line ends the interview.")
        case .closingPrompt:
            return (fr: "fin› ", en: "end› ")
        case .morePrompt:
            return (fr: "-- suite : Entrée ; q pour arrêter -- ", en: "-- more: Enter; q to stop -- ")
        case .help:
            return (fr: Self.lines([
                "/aide            cette aide",
                "/retour          question précédente (la réponse revient dans la ligne)",
                "/suivant         question suivante sans répondre",
                "/aller N|id      aller à une question",
                "/passer          passer la question",
                "/nsp  /refus     ne sait pas, refus de répondre",
                "/effacer         effacer la réponse",
                "/note …          note de l'intervieweur·e",
                "/citation …      citation textuelle",
                "/notes           les notes et citations de la question, numérotées",
                "/corriger N …    remplacer le texte de la note N",
                "/retirer N       retirer la note N",
                "/repère …        repère pour l'enregistrement (temps depuis le début)",
                "/code ID…        coder la dernière réponse texte ou liste (ids du livre de codes)",
                "/revoir          toutes les réponses",
                "/pause           mettre en pause (Ctrl-D aussi)",
                "/fin             terminer l'entretien",
                "//…              une réponse qui commence par /",
            ]), en: Self.lines([
                "/help            this help",
                "/back            previous question (its answer comes back in the line)",
                "/next            next question without answering",
                "/goto N|id       go to a question",
                "/skip            skip the question",
                "/dk  /refuse     don't know, refused to answer",
                "/clear           clear the answer",
                "/note …          interviewer's note",
                "/quote …         verbatim quote",
                "/notes           the question's notes and quotes, numbered",
                "/edit N …        replace the text of note N",
                "/remove N        remove note N",
                "/mark …          marker for the recording (time since the start)",
                "/code ID…        code the last text or list answer (codebook ids)",
                "/review          every answer",
                "/pause           pause (Ctrl-D too)",
                "/finish          finish the interview",
                "//…              an answer starting with /",
            ]))
        case .firstQuestion:
            return (fr: "C'est la première question.", en: "This is the first question.")
        case .lastQuestion:
            return (fr: "C'est la dernière question : /fin pour terminer.", en: "This is the last question: /finish to end.")
        case .answerCleared:
            return (fr: "Réponse effacée.", en: "Answer cleared.")
        case .textNeeded:
            return (fr: "Tapez le texte après la commande, par exemple /note rappeler en mai.",
                    en: "Type the text after the command, for example /note call back in May.")
        case .noteSaved:
            return (fr: "Note enregistrée.", en: "Note saved.")
        case .quoteSaved:
            return (fr: "Citation enregistrée.", en: "Quote saved.")
        case .unknownCommand(let name):
            return (fr: "Commande inconnue « /\(name) » : /aide liste les commandes.",
                    en: "Unknown command '/\(name)': /help lists the commands.")
        case .noQuestionShown:
            return (fr: "Aucune question n'est affichée : /aller N pour en choisir une.", en: "No question is shown: /goto N to pick one.")
        case .noSuchQuestion(let target, let count):
            return (fr: "« \(target) » n'est ni un numéro de 1 à \(count) ni un identifiant de question.",
                    en: "'\(target)' is neither a number from 1 to \(count) nor a question id.")
        case .notApplicable(let number):
            return (fr: "La question \(number) ne s'applique pas selon les réponses données.",
                    en: "Question \(number) does not apply given the answers so far.")
        case .requiredMissing(let list):
            return (fr: "Questions obligatoires sans réponse : \(list).", en: "Required questions without an answer: \(list).")
        case .confirmFinish:
            return (fr: "Terminer l'entretien? (o/n) ", en: "Finish the interview? (y/n) ")
        case .earlyEnd(let questions):
            return (fr: "Cette réponse met fin à l'entretien : \(questions) \(questions > 1 ? "questions suivantes ne s'appliquent plus" : "question suivante ne s'applique plus").",
                    en: "This answer ends the interview: \(questions) following \(questions == 1 ? "question no longer applies" : "questions no longer apply").")
        case .confirmEarlyEnd:
            return (fr: "Confirmer? (o/n) ", en: "Confirm? (y/n) ")
        case .interviewGoesOn:
            return (fr: "L'entretien continue.", en: "The interview goes on.")
        case .reviewPrompt:
            return (fr: "revue› ", en: "review› ")
        case .reviewHint:
            return (fr: "Tapez /aller N pour modifier une réponse, /fin pour fermer.", en: "Type /goto N to change an answer, /finish to close.")
        case .nothingLost:
            return (fr: "Rien n'est perdu : la réponse est gardée, appuyez sur Entrée pour réessayer.",
                    en: "Nothing is lost: the answer is kept, press Enter to try again.")
        case .completed(let tally):
            let counts = Self.counts(tally)
            return (fr: "Entretien terminé : \(tally.done) questions traitées sur \(tally.relevant) (\(counts.fr)). Merci!",
                    en: "Interview completed: \(tally.done) of \(tally.relevant) questions done (\(counts.en)). Thank you!")
        case .paused(let command):
            return (fr: "Entretien en pause. Pour reprendre : \(command)",
                    en: "Interview paused. To resume: \(command)")
        case .notUTF8(let byte):
            return (fr: "Ce n'est pas du texte UTF-8 valide (octet \(byte) de la ligne) ; enregistrez l'entrée en UTF-8.",
                    en: "This is not valid UTF-8 text (byte \(byte) of the line); save the input as UTF-8.")
        }
    }

    /// The one way counts are said: answered, skipped, don't know, refused, open.
    private static func counts(_ tally: StatusTally) -> Wording {
        func plural(_ count: Int, _ word: String) -> String { "\(count) \(word)\(count > 1 ? "s" : "")" }
        return (fr: [plural(tally.answered, "répondue"), plural(tally.skipped, "passée"), "\(tally.dontKnow) ne sait pas",
                     "\(tally.refused) refus", plural(tally.open, "ouverte")].joined(separator: " · "),
                en: ["\(tally.answered) answered", "\(tally.skipped) skipped", "\(tally.dontKnow) don't know",
                     "\(tally.refused) refused", "\(tally.open) open"].joined(separator: " · "))
    }

    /// Minutes of interview, pauses left out; under a minute, `< 1 min`.
    private static func elapsed(minutes: Int) -> Wording {
        minutes < 1 ? (fr: "< 1 min", en: "< 1 min") : (fr: "\(minutes) min", en: "\(minutes) min")
    }

    /// Lines of a block, one under the other.
    private static func lines(_ lines: [String]) -> String {
        lines.joined(separator: "\n")
    }
}
