/// The running counts of one question while cases are added to a `CaseProfile`.
struct QuestionTally: Sendable {
    let question: Question
    private var optionCounts: [String: Int] = [:]
    private var numbers: [Double] = []
    private var noAnswer = 0
    private var groupCounts: [String: Int] = [:]
    /// The group of each option that has one, made once.
    private let groupOfChoice: [String: String]

    init(question: Question) {
        self.question = question
        var groups: [String: String] = [:]
        for choice in question.choices { if let group = choice.group { groups[choice.id] = group } }
        groupOfChoice = groups
    }

    /// Whether `interview summary` profiles questions of this type.
    static func isProfiled(_ type: QuestionType) -> Bool {
        type == .choice || type == .multichoice || type == .yesno || type.isNumeric
    }

    /// Counts one case's answer (nil when its record lacks the question).
    mutating func add(_ answer: RecordQuestion?) {
        guard let answer, answer.status == .answered, let value = answer.value else {
            noAnswer += 1
            return
        }
        switch value {
        case .choice(let choice):
            optionCounts[choice.id, default: 0] += 1
            countGroups(of: [choice.id])
        case .choices(let choices):
            for choice in choices { optionCounts[choice.id, default: 0] += 1 }
            countGroups(of: choices.map(\.id))
        case .bool(let given): optionCounts[given ? "true" : "false", default: 0] += 1
        case .number(let number): numbers.append(number)
        case .text, .list, .rank: noAnswer += 1
        }
    }

    /// Counts the case once in each group its options belong to.
    private mutating func countGroups(of ids: [String]) {
        var groups: [String] = []
        for id in ids {
            if let group = groupOfChoice[id], !groups.contains(group) { groups.append(group) }
        }
        for group in groups { groupCounts[group, default: 0] += 1 }
    }

    /// The groups of the question's options, in the order of each group's first option.
    private var groups: [GroupCount] {
        var result: [GroupCount] = []
        for choice in question.choices {
            guard let group = choice.group else { continue }
            if let index = result.firstIndex(where: { $0.label == group }) {
                result[index].options.append(choice.id)
            } else {
                result.append(GroupCount(label: group, count: groupCounts[group] ?? 0, options: [choice.id]))
            }
        }
        return result
    }

    /// The profile: options in the grid's order (yes before no), or the numbers' spread.
    func profile(gridID: String, language: Language) -> QuestionProfile {
        let figures: QuestionProfile.Figures
        if question.type.isNumeric {
            figures = .numbers(NumberSpread.of(numbers))
        } else if question.type == .yesno {
            figures = .options([OptionCount(id: "true", label: RecordWord.yes.text(in: language), count: optionCounts["true"] ?? 0),
                                OptionCount(id: "false", label: RecordWord.no.text(in: language), count: optionCounts["false"] ?? 0)])
        } else {
            var options = question.choices.map { OptionCount(id: $0.id, label: $0.label, count: optionCounts[$0.id] ?? 0) }
            // Ids no longer in the grid (an answer kept from another version) come last, as they are.
            for id in optionCounts.keys.sorted() where !question.choices.contains(where: { $0.id == id }) {
                options.append(OptionCount(id: id, label: id, count: optionCounts[id] ?? 0))
            }
            figures = .options(options)
        }
        return QuestionProfile(gridID: gridID, questionID: question.id, label: question.displayLabel, type: question.type,
                               figures: figures, noAnswer: noAnswer, groups: question.type.isNumeric ? [] : groups)
    }
}
