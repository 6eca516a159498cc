extension AnswerError {
    /// One sentence saying what is expected instead.
    public func message(in language: Language) -> String {
        let fr = language == .fr
        switch self {
        case .empty:
            return fr ? "Cette question demande une réponse (ou /passer, /nsp, /refus)." : "This question needs an answer (or /skip, /dk, /refuse)."
        case .notANumber(let text):
            return fr ? "« \(text) » n'est pas un nombre : tapez par exemple 1 500 ou 2,5." : "'\(text)' is not a number: type for example 1,500 or 2.5."
        case .notAWholeNumber(let text):
            return fr ? "« \(text) » n'est pas un nombre entier : tapez par exemple 40." : "'\(text)' is not a whole number: type for example 40."
        case .ambiguousComma(let text, let readings):
            let choice = readings.joined(separator: fr ? " ou " : " or ")
            let rule = fr ? "une virgule ne sépare que les milliers, par groupes de trois chiffres : 1,500" : "a comma only separates thousands, in groups of three digits: 1,500"
            if readings.isEmpty { return fr ? "« \(text) » : virgule ambiguë ; \(rule)." : "'\(text)': ambiguous comma; \(rule)." }
            return fr ? "« \(text) » : virgule ambiguë ; tapez \(choice) (\(rule))." : "'\(text)': ambiguous comma; type \(choice) (\(rule))."
        case .ambiguousSpace(let text, let readings):
            let choice = readings.joined(separator: fr ? " ou " : " or ")
            let rule = fr ? "une espace ne sépare que les milliers, par groupes de trois chiffres : 1 500" : "a space only separates thousands, in groups of three digits: 1 500"
            if readings.isEmpty { return fr ? "« \(text) » : espacement ambigu ; \(rule)." : "'\(text)': ambiguous spacing; \(rule)." }
            return fr ? "« \(text) » : espacement ambigu ; tapez \(choice) (\(rule))." : "'\(text)': ambiguous spacing; type \(choice) (\(rule))."
        case .numberTooLarge(let text):
            let limit = NumberText.format(NumberText.largestExact, language)
            return fr ? "« \(text) » est trop grand pour être gardé exactement : tapez un nombre entre -\(limit) et \(limit)."
                : "'\(text)' is too large to be kept exactly: type a number between -\(limit) and \(limit)."
        case .numberTooPrecise(let text):
            return fr ? "« \(text) » a trop de chiffres pour être gardé exactement : tapez au plus 15 chiffres significatifs."
                : "'\(text)' has too many digits to be kept exactly: type at most 15 significant digits."
        case .belowMinimum(let min):
            return fr ? "La valeur doit être au moins \(NumberText.plain(min, language))." : "The value must be at least \(NumberText.plain(min, language))."
        case .aboveMaximum(let max):
            return fr ? "La valeur doit être au plus \(NumberText.plain(max, language))." : "The value must be at most \(NumberText.plain(max, language))."
        case .notAYear(let text):
            return fr ? "« \(text) » n'est pas une année : tapez quatre chiffres, par exemple 1995." : "'\(text)' is not a year: type four digits, for example 1995."
        case .notADate(let text):
            return fr ? "« \(text) » n'est pas une date : tapez AAAA-MM-JJ, par exemple 2021-07-01." : "'\(text)' is not a date: type YYYY-MM-DD, for example 2021-07-01."
        case .unknownChoice(let text, let count):
            return fr ? "« \(text) » n'est pas un des choix : tapez un numéro de 1 à \(count) ou le libellé (Tab complète)."
                : "'\(text)' is not one of the choices: type a number from 1 to \(count) or the label (Tab completes)."
        case .notYesNo(let text):
            return fr ? "« \(text) » : répondez oui ou non (o/n)." : "'\(text)': answer yes or no (y/n)."
        case .rankNotNumbers(let text):
            return fr ? "« \(text) » : tapez les numéros des éléments, du plus important au moins important, par exemple 3 1 2."
                : "'\(text)': type the numbers of the items, most important first, for example 3 1 2."
        case .rankOutOfRange(let number, let count):
            return fr ? "\(number) n'est pas dans la liste : les numéros vont de 1 à \(count)." : "\(number) is not in the list: numbers go from 1 to \(count)."
        case .rankDuplicate(let number):
            return fr ? "\(number) apparaît deux fois : chaque élément ne se classe qu'une fois." : "\(number) appears twice: each item is ranked once."
        case .rankTooMany(let allowed):
            return fr ? "Classez au plus \(allowed) éléments." : "Rank at most \(allowed) items."
        case .notAnEmail(let text):
            return fr ? "« \(text) » n'est pas une adresse courriel : tapez par exemple nom@exemple.org." : "'\(text)' is not an e-mail address: type for example name@example.org."
        case .notAPhone(let text):
            return fr ? "« \(text) » n'est pas un numéro de téléphone : tapez au moins 7 chiffres, par exemple 418-723-0355."
                : "'\(text)' is not a phone number: type at least 7 digits, for example 418-723-0355."
        case .notAURL(let text):
            return fr ? "« \(text) » n'est pas une adresse Web : tapez par exemple https://exemple.org." : "'\(text)' is not a web address: type for example https://example.org."
        case .notAWebLink(let text, let scheme):
            return fr ? "« \(text) » n'est pas une adresse Web : « \(scheme): » n'est pas accepté, seulement http:// ou https://, par exemple https://exemple.org."
                : "'\(text)' is not a web address: '\(scheme):' is not accepted, only http:// or https://, for example https://example.org."
        }
    }
}
