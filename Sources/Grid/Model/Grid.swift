/// An interview grid: the questionnaire as data, with its codebook and fiche layout.
public struct Grid: Sendable, Equatable {
    public var id: String
    public var version: Int
    public var language: Language
    /// Every language the grid is written in, its primary `language` first (`languages: [fr, en]`).
    public var languages: [Language]
    /// The grid's texts in its other languages (see `localized(to:)`).
    public var translations: [Language: GridTranslation] = [:]
    public var title: String
    public var titleFrom: String?
    public var subtitleFrom: String?
    /// The question whose answer opens the fiche, under its title (the case's summary paragraph).
    public var summaryFrom: String?
    public var objectives: [String]
    public var sections: [Section] {
        didSet { index = QuestionIndex(sections) }
    }
    public var codebook: [Theme]
    public var caseFile: [CaseFileSection]
    /// The line printed above the fiche's title (the case book's kicker: « Coopérative de solidarité »).
    public var kicker: FicheTemplate?
    /// The title page and introduction of the case book (`interview book`).
    public var book = GridBook()
    /// The questions that record the respondent's consent, when the grid asks for it.
    public var consent: GridConsent?
    /// The questions in order and by id, kept in step with `sections`.
    public private(set) var index: QuestionIndex

    public init(
        id: String, version: Int, language: Language = .fr, title: String,
        titleFrom: String? = nil, subtitleFrom: String? = nil, objectives: [String] = [],
        sections: [Section], codebook: [Theme] = [], caseFile: [CaseFileSection] = []
    ) {
        self.id = id
        self.version = version
        self.language = language
        languages = [language]
        self.title = title
        self.titleFrom = titleFrom
        self.subtitleFrom = subtitleFrom
        self.objectives = objectives
        self.sections = sections
        index = QuestionIndex(sections)
        self.codebook = codebook
        self.caseFile = caseFile
    }

    /// Every question in grid order.
    public var questions: [Question] { index.questions }

    /// The question with this id, if any.
    public func question(id: String) -> Question? {
        index.position(of: id).map { index.questions[$0] }
    }

    /// Whether the question with this id is personal: marked `personal`, or piped (`from:`) from
    /// a personal question. Anonymised exports leave such questions out.
    public func isPersonal(_ id: String) -> Bool {
        index.position(of: id).map(index.isPersonal(at:)) ?? false
    }
}
