import Grid

/// A form turned into a grid's parts, each text per language, before it is written as YAML.
struct ImportedForm: Sendable, Equatable {
    /// One text in each of the form's languages.
    typealias Text = [Language: String]

    struct Choice: Sendable, Equatable {
        var id: String
        var label: Text
    }

    struct Question: Sendable, Equatable {
        var id: String
        var text: Text
        var type: QuestionType
        var help: Text?
        var required = false
        var min: Double?
        var max: Double?
        var choices: [Choice] = []
        var when: String?
        /// For `rank`: the list question whose items are ranked.
        var from: String?
        /// For `rank`: how many items are ranked at most.
        var count: Int?
    }

    struct Section: Sendable, Equatable {
        var id: String
        var title: Text
        var when: String?
        var questions: [Question] = []
    }

    var source: String
    var id: String
    var version: Int
    var language: Language
    var languages: [Language]
    var title: Text
    var sections: [Section]
}
