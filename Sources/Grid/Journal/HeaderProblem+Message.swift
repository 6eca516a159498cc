extension HeaderProblem: MessageCatalogue {
    /// A few words on the problem, in both languages.
    public var wording: Wording {
        switch self {
        case .notJSON: return (fr: "ce n'est pas du JSON valide", en: "not valid JSON")
        case .missing(let field): return (fr: "il manque `\(field)`", en: "missing `\(field)`")
        case .wrongValue(let field): return (fr: "valeur incorrecte pour `\(field)`", en: "wrong value for `\(field)`")
        case .format(let number): return (fr: "journal_format \(number)", en: "journal_format \(number)")
        case .caseID: return (fr: "`case` n'est pas un identifiant de cas valide", en: "`case` is not a valid case id")
        case .uuid: return (fr: "`uuid` n'est pas un UUID en minuscules", en: "`uuid` is not a lower-case UUID")
        case .gridDigest: return (fr: "`grid_sha256` n'est pas une empreinte SHA-256", en: "`grid_sha256` is not a SHA-256 digest")
        case .started: return (fr: "`started` n'est pas une heure comme 2026-11-30T14:05:00Z", en: "`started` is not a time like 2026-11-30T14:05:00Z")
        case .unreadable: return (fr: "illisible", en: "unreadable")
        }
    }
}
