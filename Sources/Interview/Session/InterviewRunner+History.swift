import Grid

extension InterviewRunner {
    /// The case's earlier typed answers, oldest first, as they would be typed again: what Up and
    /// Ctrl-R reach after a resume. Rebuilt from the journal's state, never kept in a file.
    /// Answers picked from a short set (yes/no, choices, ranks) are left out; a list gives its items.
    func earlierLines() -> [String] {
        let answered = questions.compactMap { question in
            state.responses[question.id].flatMap { response in response.value.map { (question, $0, response.order) } }
        }
        return answered.sorted { $0.2 < $1.2 }.flatMap { question, value, _ -> [String] in
            switch question.type {
            case .yesno, .choice, .multichoice, .rank: return []
            case .list: return value.items
            default: return [answers.editable(value, for: question)]
            }
        }
    }
}
