extension GridProblem {
    /// One sentence saying what is wrong and what to write instead.
    public func message(in language: Language) -> String {
        let fr = language == .fr
        switch self {
        case .emptyFile:
            return fr ? "le fichier est vide : une grille demande au moins `grid`, `version` et `sections`"
                : "the file is empty: a grid needs at least `grid`, `version` and `sections`"
        case .notText:
            return fr ? "le fichier n'est pas du texte UTF-8 : enregistrez la grille en YAML ou JSON, encodée en UTF-8"
                : "the file is not UTF-8 text: save the grid as YAML or JSON in UTF-8"
        case .tabIndentation:
            return fr ? "une tabulation sert d'indentation : YAML n'indente qu'avec des espaces, remplacez-la par des espaces"
                : "a tab is used for indentation: YAML indents with spaces only, replace it with spaces"
        case .unclosedQuote:
            return fr ? "un texte entre guillemets n'est jamais fermé : ajoutez le guillemet fermant"
                : "a quoted text is never closed: add the closing quote"
        case .colonInPlainText:
            return fr ? "un texte contient « : » sans être entre guillemets : mettez tout le texte entre guillemets doubles"
                : "a text contains ': ' but is not quoted: put the whole text in double quotes"
        case .yamlSyntax(let problem):
            return fr ? "erreur de syntaxe YAML (\(problem)) : vérifiez l'indentation et les guillemets de cette ligne"
                : "YAML syntax error (\(problem)): check the indentation and quoting of this line"
        case .duplicateKey(let key):
            return fr ? "le champ `\(key)` apparaît deux fois au même endroit : gardez-en un seul"
                : "the field `\(key)` appears twice in the same place: keep only one"
        case .notAMapping(let owner):
            return fr ? "on attend ici les champs d'un(e) \(Self.ownerName(owner, fr)) (`clé: valeur`)"
                : "expected the fields of a \(Self.ownerName(owner, fr)) here (`key: value`)"
        case .missingField(let field, let owner):
            return fr ? "champ obligatoire `\(field)` absent de ce(tte) \(Self.ownerName(owner, fr)) : ajoutez `\(field): …`"
                : "this \(Self.ownerName(owner, fr)) has no `\(field)`, which is required: add `\(field): …`"
        case .wrongKind(let field, let expected):
            return fr ? "`\(field)` doit être \(Self.kindName(expected, fr)), par exemple `\(field): \(Self.example(expected))`"
                : "`\(field)` must be \(Self.kindName(expected, fr)), for example `\(field): \(Self.example(expected))`"
        case .unknownField(let field, let owner, let suggestion):
            let hint = suggestion.map { fr ? " : vouliez-vous dire `\($0)`?" : ": did you mean `\($0)`?" }
                ?? (fr ? " : retirez-le ou corrigez son nom" : ": remove it or fix its name")
            return fr ? "champ inconnu `\(field)` dans un(e) \(Self.ownerName(owner, fr))\(hint)"
                : "unknown field `\(field)` in a \(Self.ownerName(owner, fr))\(hint)"
        case .unknownType(let type, let suggestion):
            let all = QuestionType.allCases.map(\.rawValue).joined(separator: ", ")
            let hint = suggestion.map { fr ? "vouliez-vous dire `\($0)`? " : "did you mean `\($0)`? " } ?? ""
            return fr ? "type de question inconnu `\(type)` : \(hint)les types sont \(all)"
                : "unknown question type `\(type)`: \(hint)the types are \(all)"
        case .invalidID(let id, let kind):
            return fr ? "`\(id)` n'est pas un identifiant valide de \(Self.idName(kind, fr)) : utilisez des minuscules, chiffres, `_`, `-` ou `.`, en commençant par une lettre ou un chiffre (ex. `\(Slug.make(id) ?? "mon_id")`)"
                : "`\(id)` is not a valid \(Self.idName(kind, fr)) id: use lower-case letters, digits, `_`, `-` or `.`, starting with a letter or digit (e.g. `\(Slug.make(id) ?? "my_id")`)"
        case .duplicateID(let id, let kind, let firstLine):
            return fr ? "l'identifiant de \(Self.idName(kind, fr)) `\(id)` est déjà utilisé à la ligne \(firstLine) : donnez à chacun un identifiant unique"
                : "the \(Self.idName(kind, fr)) id `\(id)` is already used at line \(firstLine): give each one its own id"
        case .unknownQuestion(let id, let place, let suggestion):
            let hint = suggestion.map { fr ? " : vouliez-vous dire `\($0)`?" : ": did you mean `\($0)`?" }
                ?? (fr ? " : nommez l'identifiant d'une question de la grille" : ": name the id of a question of the grid")
            return fr ? "`\(place.rawValue)` nomme `\(id)`, qui n'est pas une question de cette grille\(hint)"
                : "`\(place.rawValue)` names `\(id)`, which is not a question of this grid\(hint)"
        case .laterQuestion(let id, let place):
            return fr ? "`\(place.rawValue)` nomme `\(id)`, qui n'est pas posée avant : une condition ou un classement ne peut lire que des questions antérieures ; déplacez la question ou changez la référence"
                : "`\(place.rawValue)` names `\(id)`, which is not asked before it: conditions and ranks can only read earlier questions; move the question or change the reference"
        case .rankWithoutFrom:
            return fr ? "une question `rank` demande `from:` avec l'identifiant d'une question `list` antérieure"
                : "a `rank` question needs `from:` with the id of an earlier `list` question"
        case .rankSourceNotList(let id, let type):
            return fr ? "`from` nomme `\(id)`, une question de type `\(type.rawValue)` : un classement porte sur les éléments d'une question `list`"
                : "`from` names `\(id)`, a `\(type.rawValue)` question: a rank orders the items of a `list` question"
        case .countBelowOne(let count):
            return fr ? "`count` vaut \(count) : il faut au moins 1 (le nombre d'éléments à classer), par exemple `count: 3`"
                : "`count` is \(count): it must be at least 1 (how many items to rank), for example `count: 3`"
        case .minAboveMax(let min, let max):
            return fr ? "`min` (\(Self.number(min))) dépasse `max` (\(Self.number(max))) : inversez-les ou corrigez l'un des deux"
                : "`min` (\(Self.number(min))) is greater than `max` (\(Self.number(max))): swap them or fix one"
        case .noChoices(let type):
            return fr ? "une question `\(type.rawValue)` demande `choices:` avec au moins une option, par exemple `choices: [Urbain, Rural]`"
                : "a `\(type.rawValue)` question needs `choices:` with at least one option, for example `choices: [Urban, Rural]`"
        case .emptySection(let id):
            return fr ? "la section `\(id)` n'a aucune question : ajoutez des questions ou retirez la section"
                : "the section `\(id)` has no questions: add questions or remove the section"
        case .noSections:
            return fr ? "la grille n'a aucune section : ajoutez `sections:` avec au moins une section"
                : "the grid has no sections: add `sections:` with at least one section"
        case .condition(let error):
            return error.message(in: language)
        case .unsupportedLanguage(let code):
            return fr ? "la langue `\(code)` n'est pas prise en charge : écrivez `language: fr` ou `language: en`"
                : "the language `\(code)` is not supported: write `language: fr` or `language: en`"
        }
    }

    private static func ownerName(_ owner: String, _ fr: Bool) -> String {
        guard fr else { return owner }
        switch owner {
        case "grid": return "grille"
        case "section": return "section"
        case "question": return "question"
        case "theme": return "thème"
        case "code": return "code"
        case "choice": return "choix"
        case "case_file section": return "section de `case_file`"
        case "case_file entry": return "entrée de `case_file`"
        default: return owner
        }
    }

    private static func idName(_ kind: IDKind, _ fr: Bool) -> String {
        guard fr else { return kind.rawValue }
        switch kind {
        case .question: return "question"
        case .section: return "section"
        case .theme: return "thème"
        case .code: return "code"
        case .choice: return "choix"
        case .grid: return "grille"
        }
    }

    private static func kindName(_ kind: ValueKind, _ fr: Bool) -> String {
        switch kind {
        case .text: return fr ? "un texte" : "a text"
        case .integer: return fr ? "un nombre entier" : "a whole number"
        case .number: return fr ? "un nombre" : "a number"
        case .boolean: return fr ? "`true` ou `false`" : "`true` or `false`"
        case .list: return fr ? "une liste" : "a list"
        case .mapping: return fr ? "un ensemble de champs `clé: valeur`" : "a set of `key: value` fields"
        }
    }

    private static func example(_ kind: ValueKind) -> String {
        switch kind {
        case .text: return "\"…\""
        case .integer: return "3"
        case .number: return "100"
        case .boolean: return "true"
        case .list: return "[…]"
        case .mapping: return "{…}"
        }
    }

    private static func number(_ value: Double) -> String {
        value.wholeNumber.map(String.init) ?? String(value)
    }
}
