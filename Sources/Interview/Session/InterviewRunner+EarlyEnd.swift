import Foundation
import Grid

extension InterviewRunner {
    /// Whether `event`, typed at question `index`, may be recorded: when it would end the
    /// interview early (no later question applies, and later questions depend on this one, as
    /// after a refused consent), the interviewer confirms it first on a terminal. Piped input
    /// is never asked.
    func confirmsEarlyEnd(_ event: JournalEvent, at index: Int) -> Bool {
        guard editor.isInteractive else { return true }
        let id = questions[index].id
        guard laterQuestions(dependingOn: id, after: index) > 0 else { return true }
        var trial = state
        trial.apply(JournalEntry(event))
        guard trial.evaluate().nextRelevant(after: index) == nil else { return true }
        let dropped = questions.count - index - 1
        console.say(phrase(.earlyEnd(questions: dropped)))
        editor.completions = yesNoCompletion
        let input = editor.readLine(prompt: phrase(.confirmEarlyEnd), prefill: "")
        guard case .line(let answer) = input, ["o", "oui", "y", "yes"].contains(answer.lowercased().trimmingWhitespace) else {
            console.say(phrase(.interviewGoesOn))
            showAgain(index)
            return false
        }
        return true
    }

    /// How many questions after `index` have a condition (theirs or their section's) that reads `id`.
    private func laterQuestions(dependingOn id: String, after index: Int) -> Int {
        var number = 0
        var count = 0
        for section in loaded.grid.sections {
            let sectionReads = section.when?.questionIDs.contains(id) == true
            for question in section.questions {
                if number > index, sectionReads || question.when?.questionIDs.contains(id) == true { count += 1 }
                number += 1
            }
        }
        return count
    }
}
