/// The words read around a spoken number, in French and English whatever the grid's language
/// (none means anything else in the other). Compared without case or accents.
extension SpokenNumber {
    /// Said before the number: an approximation or a bound.
    static let qualifiersBefore = [
        "environ", "env.", "approximativement", "a peu pres", "autour de", "pres de", "presque", "un peu plus de",
        "un peu moins de", "plus de", "pas plus de", "au moins", "au-dela de", "moins de", "au plus", "jusqu'a", "jusqu’a",
        "+ de", "vers", "circa", "about", "around", "approximately", "approx.", "roughly", "nearly", "almost", "just over", "just under",
        "over", "more than", "at least", "under", "less than", "fewer than", "at most", "up to", "no more than",
        "≈", "~", "±", ">=", "<=", "≥", "≤", ">", "<",
    ]

    /// Said after the number and its unit: an approximation, a bound or a period.
    static let qualifiersAfter = [
        "environ", "approx.", "et plus", "ou plus", "et +", "ou moins", "or more", "and more", "and up", "or less",
        "or fewer", "+", "par annee", "par an", "annuellement", "/an", "/annee", "per year", "a year", "/year", "yearly",
        "annually",
    ]

    /// Words that open what is said after a number without naming what it counts (`40 à temps
    /// plein`, `1000 pour la popote`): the fiche puts the unit between. Other words name it
    /// (`6 travailleur·euse·s régulier·ère·s`) and the unit is not added.
    static let linkingWords: Set<String> = [
        "a", "au", "aux", "pour", "en", "de", "des", "du", "d'", "dont", "et", "ou", "par", "sur", "dans", "avec", "sans",
        "selon", "chez", "entre", "depuis", "l'an", "cette", "ce", "cet", "in", "for", "of", "at", "on", "with", "without",
        "per", "and", "or", "including", "by", "from", "according", "since", "this", "last", "a", "an", "the", "to",
    ]

    /// Multipliers typed after the number, by the number of zeros they add. Case matters only
    /// for `M` (a lower-case `m` may be metres); `billion` is English only (10^12 in French).
    static func multipliers(_ language: Language) -> [(word: String, zeros: Int)] {
        var words: [(String, Int)] = [("milliards", 9), ("milliard", 9), ("millions", 6), ("million", 6), ("mille", 3),
                                      ("thousand", 3), ("k", 3), ("K", 3), ("M", 6)]
        if language == .en { words.insert(contentsOf: [("billions", 9), ("billion", 9)], at: 0) }
        return words
    }

    /// Other ways to type a unit symbol.
    static let unitWords: [String: [String]] = [
        "$": ["$", "dollars", "dollar", "$ca", "$ ca", "cad"], "%": ["%", "pour cent", "pourcent", "percent", "per cent"],
        "€": ["€", "euros", "euro"],
    ]
}
