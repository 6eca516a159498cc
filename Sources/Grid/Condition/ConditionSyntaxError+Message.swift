extension ConditionSyntaxError: UserFacingError, MessageCatalogue {
    /// One sentence explaining the syntax error and showing a correct condition.
    public func message(in language: Language) -> String {
        text(in: language)
    }

    /// The sentence in French and in English.
    public var wording: Wording {
        let example = "`when: financement_solidaire == yes`"
        // What was found instead, quoted, or the end of the condition.
        func shown(_ text: String) -> Wording {
            text.isEmpty ? (fr: "la fin de la condition", en: "the end of the condition") : (fr: "« \(text) »", en: "'\(text)'")
        }
        switch reason {
        case .unexpectedCharacter(let character):
            return (fr: "condition `when` : caractère inattendu « \(character) » ; écrivez par exemple \(example)",
                    en: "`when` condition: unexpected character '\(character)'; write for example \(example)")
        case .unclosedQuote:
            return (fr: "condition `when` : guillemet jamais fermé ; fermez le texte cité",
                    en: "`when` condition: a quote is never closed; close the quoted text")
        case .expectedQuestion(let found):
            return (fr: "condition `when` : on attend l'identifiant d'une question, trouvé \(shown(found).fr) ; écrivez par exemple \(example)",
                    en: "`when` condition: expected a question id, found \(shown(found).en); write for example \(example)")
        case .expectedOperator(let after, let found):
            return (fr: "condition `when` : après `\(after)` on attend ==, !=, <, <=, >, >= ou in, trouvé \(shown(found).fr) ; écrivez par exemple `\(after) == yes` ou `answered(\(after))`",
                    en: "`when` condition: after `\(after)` expected ==, !=, <, <=, >, >= or in, found \(shown(found).en); write for example `\(after) == yes` or `answered(\(after))`")
        case .expectedValue(let found):
            return (fr: "condition `when` : on attend une valeur (yes, no, un nombre, un identifiant de choix), trouvé \(shown(found).fr)",
                    en: "`when` condition: expected a value (yes, no, a number, a choice id), found \(shown(found).en)")
        case .expectedClosing(let text, let found):
            return (fr: "condition `when` : on attend « \(text) », trouvé \(shown(found).fr)",
                    en: "`when` condition: expected '\(text)', found \(shown(found).en)")
        case .trailing(let found):
            return (fr: "condition `when` : « \(found) » est de trop ; reliez les conditions par and ou or",
                    en: "`when` condition: unexpected '\(found)'; join conditions with and or or")
        case .empty:
            return (fr: "condition `when` vide : écrivez une condition, par exemple \(example), ou retirez `when`",
                    en: "empty `when` condition: write one, for example \(example), or remove `when`")
        case .tooDeep(let limit):
            return (fr: "condition `when` : plus de \(limit) niveaux de parenthèses et de `not` imbriqués ; retirez ceux qui ne servent pas (`((a == yes))` vaut `a == yes`, `not not a == yes` aussi)",
                    en: "`when` condition: more than \(limit) levels of parentheses and `not` nested; remove those not needed (`((a == yes))` is `a == yes`, and so is `not not a == yes`)")
        }
    }

    /// A grid with a condition that does not parse is bad data.
    public var exitCode: ExitStatus { .dataError }
}
