/// One question of a grid, with everything needed to ask it, check its answer and report it.
public struct Question: Sendable, Equatable {
    public var id: String
    public var text: String
    public var type: QuestionType
    public var required: Bool = false
    public var min: Double?
    public var max: Double?
    public var unit: String?
    /// The unit after the numbers one and zero (French) or one (English), when it differs
    /// from `unit`, which is then the plural: `1 membre`, `5 membres`.
    public var unitSingular: String?
    public var choices: [Choice] = []
    /// For `rank`: the id of the earlier `list` question whose items are ranked.
    public var from: String?
    /// For `rank`: how many items are ranked at most.
    public var count: Int?
    public var when: Condition?
    public var probes: [String] = []
    public var help: String?
    public var label: String?
    /// Names, e-mails, phones: left out of anonymised exports.
    public var personal: Bool = false
    /// Whether the answer may appear on a fiche (`fiche: false` keeps consent and bookkeeping
    /// questions off it; the record and CSV keep them).
    public var inFiche: Bool = true
    /// Where the question is defined in its grid file.
    public var position: SourcePosition?

    public init(id: String, text: String, type: QuestionType) {
        self.id = id
        self.text = text
        self.type = type
    }

    /// The short name the fiche and CSV use: the label, else the text.
    public var displayLabel: String { label ?? text }

    /// The choice with this id, if any.
    public func choice(id: String) -> Choice? {
        choices.first { $0.id == id }
    }
}
