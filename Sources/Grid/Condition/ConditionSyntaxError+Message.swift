extension ConditionSyntaxError {
    /// One sentence explaining the syntax error and showing a correct condition.
    public func message(in language: Language) -> String {
        let fr = language == .fr
        let example = "`when: financement_solidaire == yes`"
        let nothing = fr ? "la fin de la condition" : "the end of the condition"
        func shown(_ text: String) -> String { text.isEmpty ? nothing : (fr ? "« \(text) »" : "'\(text)'") }
        switch reason {
        case .unexpectedCharacter(let character):
            return fr ? "condition `when` : caractère inattendu « \(character) » ; écrivez par exemple \(example)"
                : "`when` condition: unexpected character '\(character)'; write for example \(example)"
        case .unclosedQuote:
            return fr ? "condition `when` : guillemet jamais fermé ; fermez le texte cité"
                : "`when` condition: a quote is never closed; close the quoted text"
        case .expectedQuestion(let found):
            return fr ? "condition `when` : on attend l'identifiant d'une question, trouvé \(shown(found)) ; écrivez par exemple \(example)"
                : "`when` condition: expected a question id, found \(shown(found)); write for example \(example)"
        case .expectedOperator(let after, let found):
            return fr ? "condition `when` : après `\(after)` on attend ==, !=, <, <=, >, >= ou in, trouvé \(shown(found)) ; écrivez par exemple `\(after) == yes` ou `answered(\(after))`"
                : "`when` condition: after `\(after)` expected ==, !=, <, <=, >, >= or in, found \(shown(found)); write for example `\(after) == yes` or `answered(\(after))`"
        case .expectedValue(let found):
            return fr ? "condition `when` : on attend une valeur (yes, no, un nombre, un identifiant de choix), trouvé \(shown(found))"
                : "`when` condition: expected a value (yes, no, a number, a choice id), found \(shown(found))"
        case .expectedClosing(let text, let found):
            return fr ? "condition `when` : on attend « \(text) », trouvé \(shown(found))"
                : "`when` condition: expected '\(text)', found \(shown(found))"
        case .trailing(let found):
            return fr ? "condition `when` : « \(found) » est de trop ; reliez les conditions par and ou or"
                : "`when` condition: unexpected '\(found)'; join conditions with and or or"
        case .empty:
            return fr ? "condition `when` vide : écrivez une condition, par exemple \(example), ou retirez `when`"
                : "empty `when` condition: write one, for example \(example), or remove `when`"
        case .tooDeep(let limit):
            return fr ? "condition `when` : plus de \(limit) niveaux de parenthèses et de `not` imbriqués ; retirez ceux qui ne servent pas (`((a == yes))` vaut `a == yes`, `not not a == yes` aussi)"
                : "`when` condition: more than \(limit) levels of parentheses and `not` nested; remove those not needed (`((a == yes))` is `a == yes`, and so is `not not a == yes`)"
        }
    }
}
