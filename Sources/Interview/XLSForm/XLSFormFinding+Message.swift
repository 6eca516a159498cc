import Grid

extension XLSFormFinding: MessageCatalogue {
    var wording: Wording {
        let at = location
        switch kind {
        case .unsupportedType(let type):
            return (fr: "\(at) : le type « \(type) » n'a pas d'équivalent dans une grille : ligne laissée de côté ; posez-la comme question text ou retirez-la",
                    en: "\(at): type \"\(type)\" has no equivalent in a grid: row left out; ask it as a text question or remove it")
        case .relevantNotTranslated(let expression):
            return (fr: "\(at) : relevant « \(expression) » ne se traduit pas en condition : la question sera toujours posée ; écrivez son `when` dans la grille",
                    en: "\(at): relevant \"\(expression)\" cannot be translated into a condition: the question will always be asked; write its `when` in the grid")
        case .constraintNotTranslated(let expression):
            return (fr: "\(at) : constraint « \(expression) » n'est pas de la forme `. >= a and . <= b` : non vérifiée ; donnez min/max dans la grille",
                    en: "\(at): constraint \"\(expression)\" is not of the form `. >= a and . <= b`: not checked; give min/max in the grid")
        case .choiceFilterIgnored(let expression):
            return (fr: "\(at) : choice_filter « \(expression) » ignoré : tous les choix seront proposés ; scindez la liste en plusieurs questions au besoin",
                    en: "\(at): choice_filter \"\(expression)\" ignored: every choice will be offered; split the list into several questions if needed")
        case .columnIgnored(let column):
            return (fr: "\(at) : la colonne « \(column) » n'a pas de place dans une grille : valeur laissée de côté",
                    en: "\(at): column \"\(column)\" has no place in a grid: value left out")
        case .renamed(let from, let to):
            return (fr: "\(at) : le nom « \(from) » devient l'identifiant « \(to) » (minuscules, chiffres, `-`, `_`, `.`)",
                    en: "\(at): name \"\(from)\" becomes id \"\(to)\" (lower case, digits, `-`, `_`, `.`)")
        case .repeatNotList:
            return (fr: "\(at) : ce repeat ne contient pas exactement un champ text (ou il est imbriqué) : laissé de côté avec ses lignes ; une grille n'a que des listes de textes",
                    en: "\(at): this repeat does not hold exactly one text field (or is nested): left out with its rows; a grid only has lists of texts")
        case .noteLeftOut:
            return (fr: "\(at) : note sans question après elle dans son groupe : laissée de côté ; déplacez-la avant une question",
                    en: "\(at): note with no question after it in its group: left out; move it before a question")
        case .unknownList(let list):
            return (fr: "\(at) : la liste « \(list) » n'est pas dans la feuille choices : question laissée de côté",
                    en: "\(at): list \"\(list)\" is not in the choices sheet: question left out")
        case .missingTranslation(let language):
            return (fr: "\(at) : texte absent en « \(language) » : le texte de la langue principale le remplace",
                    en: "\(at): text missing in \"\(language)\": the primary language's text stands in")
        case .languageLeftOut(let language):
            return (fr: "\(at) : la langue « \(language) » n'est ni le français ni l'anglais : colonne laissée de côté",
                    en: "\(at): language \"\(language)\" is neither French nor English: column left out")
        case .unbalancedGroup:
            return (fr: "\(at) : begin/end group ou repeat mal appariés : la structure est reprise au mieux",
                    en: "\(at): begin/end group or repeat unbalanced: the structure is taken as best it can")
        }
    }
}
