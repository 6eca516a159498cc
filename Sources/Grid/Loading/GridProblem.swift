/// One thing wrong with a grid file, typed so it can be explained in either language.
public enum GridProblem: Sendable, Equatable {
    /// The kind of value a field must hold.
    public enum ValueKind: String, Sendable {
        case text, integer, number, boolean, list, mapping
    }

    /// What an id names, for duplicate and format errors.
    public enum IDKind: String, Sendable {
        case question, section, theme, code, choice, grid
    }

    /// Where a question id is referred to.
    public enum ReferencePlace: String, Sendable {
        case when, from
        case caseFile = "case_file"
        case titleFrom = "title_from"
        case subtitleFrom = "subtitle_from"
        case summaryFrom = "summary_from"
        case template = "lines"
        case kicker
        case consent
    }

    case emptyFile
    case notText
    case tabIndentation
    case unclosedQuote
    case colonInPlainText
    case yamlSyntax(String)
    case duplicateKey(String)
    case notAMapping(owner: String)
    case missingField(String, owner: String)
    case wrongKind(field: String, expected: ValueKind)
    case unknownField(String, owner: String, suggestion: String?)
    case unknownType(String, suggestion: String?)
    case invalidID(String, kind: IDKind)
    case duplicateID(String, kind: IDKind, firstLine: Int)
    case unknownQuestion(String, place: ReferencePlace, suggestion: String?)
    case laterQuestion(String, place: ReferencePlace)
    case rankWithoutFrom
    case rankSourceNotList(String, type: QuestionType)
    case countBelowOne(Int)
    case minAboveMax(min: Double, max: Double)
    case noChoices(QuestionType)
    case emptySection(String)
    case noSections
    case condition(ConditionSyntaxError)
    case unsupportedLanguage(String)
    /// A text of a grid written in several languages that lacks one of them.
    case missingTranslation(Language)
    /// A language key of a text (`de:`) that is not one of the grid's `languages`.
    case undeclaredLanguage(String)
    /// `languages:` that does not list the grid's `language`.
    case primaryLanguageNotListed(Language)
    /// The same text translated two ways (translations are keyed by the primary-language text).
    case conflictingTranslation(String, language: Language, first: String)
    /// A fiche sentence that cannot be read (`{` never closed…).
    case template(FicheTemplate.SyntaxError)
    /// A case_file line with none or several of `text`, `bullet`, `lead`.
    case lineKind
    /// A `lead` with no `bullets` under it.
    case leadWithoutBullets
    /// A case_file entry with neither `from` nor `lines`.
    case entryWithoutContent
    /// A question id that is another's CSV status column (`x_status` beside `x`).
    case statusColumnClash(String, other: String)
    /// A consent question that is not a yes/no question.
    case consentNotYesNo(String, type: QuestionType)
}
