extension AnswerError: UserFacingError, MessageCatalogue {
    /// One sentence saying what is expected instead.
    public func message(in language: Language) -> String {
        text(in: language)
    }

    /// The sentence in French and in English.
    public var wording: Wording {
        switch self {
        case .empty:
            return (fr: "Cette question demande une réponse (ou /passer, /nsp, /refus).",
                    en: "This question needs an answer (or /skip, /dk, /refuse).")
        case .notANumber(let text, let example):
            let examples = example.wording
            return (fr: "« \(text) » n'est pas un nombre : tapez par exemple \(examples.fr).",
                    en: "'\(text)' is not a number: type for example \(examples.en).")
        case .notAWholeNumber(let text):
            return (fr: "« \(text) » n'est pas un nombre entier : tapez par exemple 40.",
                    en: "'\(text)' is not a whole number: type for example 40.")
        case .ambiguousComma(let text, let readings):
            return Self.ambiguous(text, readings, problem: (fr: "virgule ambiguë", en: "ambiguous comma"),
                                  rule: (fr: "une virgule ne sépare que les milliers, par groupes de trois chiffres : 1,500",
                                         en: "a comma only separates thousands, in groups of three digits: 1,500"))
        case .ambiguousSpace(let text, let readings):
            return Self.ambiguous(text, readings, problem: (fr: "espacement ambigu", en: "ambiguous spacing"),
                                  rule: (fr: "une espace ne sépare que les milliers, par groupes de trois chiffres : 1 500",
                                         en: "a space only separates thousands, in groups of three digits: 1 500"))
        case .numberTooLarge(let text):
            let limit = (fr: NumberText.format(NumberText.largestExact, .fr), en: NumberText.format(NumberText.largestExact, .en))
            return (fr: "« \(text) » est trop grand pour être gardé exactement : tapez un nombre entre -\(limit.fr) et \(limit.fr).",
                    en: "'\(text)' is too large to be kept exactly: type a number between -\(limit.en) and \(limit.en).")
        case .numberTooPrecise(let text):
            return (fr: "« \(text) » a trop de chiffres pour être gardé exactement : tapez au plus 15 chiffres significatifs.",
                    en: "'\(text)' has too many digits to be kept exactly: type at most 15 significant digits.")
        case .belowMinimum(let min):
            return (fr: "La valeur doit être au moins \(NumberText.plain(min, .fr)).",
                    en: "The value must be at least \(NumberText.plain(min, .en)).")
        case .aboveMaximum(let max):
            return (fr: "La valeur doit être au plus \(NumberText.plain(max, .fr)).",
                    en: "The value must be at most \(NumberText.plain(max, .en)).")
        case .notAYear(let text):
            return (fr: "« \(text) » n'est pas une année : tapez quatre chiffres, par exemple 1995.",
                    en: "'\(text)' is not a year: type four digits, for example 1995.")
        case .notADate(let text):
            return (fr: "« \(text) » n'est pas une date : tapez AAAA-MM-JJ, par exemple 2021-07-01.",
                    en: "'\(text)' is not a date: type YYYY-MM-DD, for example 2021-07-01.")
        case .unknownChoice(let text, let count):
            return (fr: "« \(text) » n'est pas un des choix : tapez un numéro de 1 à \(count) ou le libellé (Tab complète).",
                    en: "'\(text)' is not one of the choices: type a number from 1 to \(count) or the label (Tab completes).")
        case .notYesNo(let text):
            return (fr: "« \(text) » : répondez oui ou non (o/n).", en: "'\(text)': answer yes or no (y/n).")
        case .rankNotNumbers(let text):
            return (fr: "« \(text) » : tapez les numéros des éléments, du plus important au moins important, par exemple 3 1 2.",
                    en: "'\(text)': type the numbers of the items, most important first, for example 3 1 2.")
        case .rankOutOfRange(let number, let count):
            return (fr: "\(number) n'est pas dans la liste : les numéros vont de 1 à \(count).",
                    en: "\(number) is not in the list: numbers go from 1 to \(count).")
        case .rankDuplicate(let number):
            return (fr: "\(number) apparaît deux fois : chaque élément ne se classe qu'une fois.",
                    en: "\(number) appears twice: each item is ranked once.")
        case .rankTooMany(let allowed):
            return (fr: "Classez au plus \(allowed) éléments.", en: "Rank at most \(allowed) items.")
        case .notAnEmail(let text):
            return (fr: "« \(text) » n'est pas une adresse courriel : tapez par exemple nom@exemple.org.",
                    en: "'\(text)' is not an e-mail address: type for example name@example.org.")
        case .notAPhone(let text):
            return (fr: "« \(text) » n'est pas un numéro de téléphone : tapez au moins 7 chiffres, par exemple 418-723-0355.",
                    en: "'\(text)' is not a phone number: type at least 7 digits, for example 418-723-0355.")
        case .notAURL(let text):
            return (fr: "« \(text) » n'est pas une adresse Web : tapez par exemple https://exemple.org.",
                    en: "'\(text)' is not a web address: type for example https://example.org.")
        case .notAWebLink(let text, let scheme):
            return (fr: "« \(text) » n'est pas une adresse Web : « \(scheme): » n'est pas accepté, seulement http:// ou https://, par exemple https://exemple.org.",
                    en: "'\(text)' is not a web address: '\(scheme):' is not accepted, only http:// or https://, for example https://example.org.")
        }
    }

    /// A separator that may mean two things: the numbers it may stand for, to type instead, and the rule.
    private static func ambiguous(_ text: String, _ readings: [String], problem: Wording, rule: Wording) -> Wording {
        if readings.isEmpty { return (fr: "« \(text) » : \(problem.fr) ; \(rule.fr).", en: "'\(text)': \(problem.en); \(rule.en).") }
        return (fr: "« \(text) » : \(problem.fr) ; tapez \(readings.joined(separator: " ou ")) (\(rule.fr)).",
                en: "'\(text)': \(problem.en); type \(readings.joined(separator: " or ")) (\(rule.en)).")
    }

    /// A piped answer that is not valid stops the session as bad data.
    public var exitCode: ExitStatus { .dataError }
}
