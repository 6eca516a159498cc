extension GridProblem: MessageCatalogue {
    /// One sentence saying what is wrong and what to write instead.
    public func message(in language: Language) -> String {
        text(in: language)
    }

    /// The sentence in French and in English.
    public var wording: Wording {
        switch self {
        case .emptyFile:
            return (fr: "le fichier est vide : une grille demande au moins `grid`, `version` et `sections`",
                    en: "the file is empty: a grid needs at least `grid`, `version` and `sections`")
        case .notText:
            return (fr: "le fichier n'est pas du texte UTF-8 : enregistrez la grille en YAML ou JSON, encodée en UTF-8",
                    en: "the file is not UTF-8 text: save the grid as YAML or JSON in UTF-8")
        case .tabIndentation:
            return (fr: "une tabulation sert d'indentation : YAML n'indente qu'avec des espaces, remplacez-la par des espaces",
                    en: "a tab is used for indentation: YAML indents with spaces only, replace it with spaces")
        case .unclosedQuote:
            return (fr: "un texte entre guillemets n'est jamais fermé : ajoutez le guillemet fermant",
                    en: "a quoted text is never closed: add the closing quote")
        case .colonInPlainText:
            return (fr: "un texte contient « : » sans être entre guillemets : mettez tout le texte entre guillemets doubles",
                    en: "a text contains ': ' but is not quoted: put the whole text in double quotes")
        case .yamlSyntax(let problem):
            return (fr: "erreur de syntaxe YAML (\(problem)) : vérifiez l'indentation et les guillemets de cette ligne",
                    en: "YAML syntax error (\(problem)): check the indentation and quoting of this line")
        case .duplicateKey(let key):
            return (fr: "le champ `\(key)` apparaît deux fois au même endroit : gardez-en un seul",
                    en: "the field `\(key)` appears twice in the same place: keep only one")
        case .notAMapping(let owner):
            return (fr: "on attend ici les champs d'un(e) \(Self.ownerName(owner).fr) (`clé: valeur`)",
                    en: "expected the fields of a \(Self.ownerName(owner).en) here (`key: value`)")
        case .missingField(let field, let owner):
            return (fr: "champ obligatoire `\(field)` absent de ce(tte) \(Self.ownerName(owner).fr) : ajoutez `\(field): …`",
                    en: "this \(Self.ownerName(owner).en) has no `\(field)`, which is required: add `\(field): …`")
        case .wrongKind(let field, let expected):
            return (fr: "`\(field)` doit être \(Self.kindName(expected).fr), par exemple `\(field): \(Self.example(expected))`",
                    en: "`\(field)` must be \(Self.kindName(expected).en), for example `\(field): \(Self.example(expected))`")
        case .unknownField(let field, let owner, let suggestion):
            let hint = suggestion.map { (fr: " : vouliez-vous dire `\($0)`?", en: ": did you mean `\($0)`?") }
                ?? (fr: " : retirez-le ou corrigez son nom", en: ": remove it or fix its name")
            return (fr: "champ inconnu `\(field)` dans un(e) \(Self.ownerName(owner).fr)\(hint.fr)",
                    en: "unknown field `\(field)` in a \(Self.ownerName(owner).en)\(hint.en)")
        case .unknownType(let type, let suggestion):
            let all = QuestionType.allCases.map(\.rawValue).joined(separator: ", ")
            let hint = suggestion.map { (fr: "vouliez-vous dire `\($0)`? ", en: "did you mean `\($0)`? ") } ?? (fr: "", en: "")
            return (fr: "type de question inconnu `\(type)` : \(hint.fr)les types sont \(all)",
                    en: "unknown question type `\(type)`: \(hint.en)the types are \(all)")
        case .invalidID(let id, let kind):
            return (fr: "`\(id)` n'est pas un identifiant valide de \(Self.idName(kind).fr) : utilisez des minuscules, chiffres, `_`, `-` ou `.`, en commençant par une lettre ou un chiffre (ex. `\(Slug.make(id) ?? "mon_id")`)",
                    en: "`\(id)` is not a valid \(Self.idName(kind).en) id: use lower-case letters, digits, `_`, `-` or `.`, starting with a letter or digit (e.g. `\(Slug.make(id) ?? "my_id")`)")
        case .duplicateID(let id, let kind, let firstLine):
            return (fr: "l'identifiant de \(Self.idName(kind).fr) `\(id)` est déjà utilisé à la ligne \(firstLine) : donnez à chacun un identifiant unique",
                    en: "the \(Self.idName(kind).en) id `\(id)` is already used at line \(firstLine): give each one its own id")
        case .unknownQuestion(let id, let place, let suggestion):
            let hint = suggestion.map { (fr: " : vouliez-vous dire `\($0)`?", en: ": did you mean `\($0)`?") }
                ?? (fr: " : nommez l'identifiant d'une question de la grille", en: ": name the id of a question of the grid")
            return (fr: "`\(place.rawValue)` nomme `\(id)`, qui n'est pas une question de cette grille\(hint.fr)",
                    en: "`\(place.rawValue)` names `\(id)`, which is not a question of this grid\(hint.en)")
        case .laterQuestion(let id, let place):
            return (fr: "`\(place.rawValue)` nomme `\(id)`, qui n'est pas posée avant : une condition ou un classement ne peut lire que des questions antérieures ; déplacez la question ou changez la référence",
                    en: "`\(place.rawValue)` names `\(id)`, which is not asked before it: conditions and ranks can only read earlier questions; move the question or change the reference")
        case .rankWithoutFrom:
            return (fr: "une question `rank` demande `from:` avec l'identifiant d'une question `list` antérieure",
                    en: "a `rank` question needs `from:` with the id of an earlier `list` question")
        case .rankSourceNotList(let id, let type):
            return (fr: "`from` nomme `\(id)`, une question de type `\(type.rawValue)` : un classement porte sur les éléments d'une question `list`",
                    en: "`from` names `\(id)`, a `\(type.rawValue)` question: a rank orders the items of a `list` question")
        case .countBelowOne(let count):
            return (fr: "`count` vaut \(count) : il faut au moins 1 (le nombre d'éléments à classer), par exemple `count: 3`",
                    en: "`count` is \(count): it must be at least 1 (how many items to rank), for example `count: 3`")
        case .minAboveMax(let min, let max):
            return (fr: "`min` (\(Self.number(min))) dépasse `max` (\(Self.number(max))) : inversez-les ou corrigez l'un des deux",
                    en: "`min` (\(Self.number(min))) is greater than `max` (\(Self.number(max))): swap them or fix one")
        case .noChoices(let type):
            return (fr: "une question `\(type.rawValue)` demande `choices:` avec au moins une option, par exemple `choices: [Urbain, Rural]`",
                    en: "a `\(type.rawValue)` question needs `choices:` with at least one option, for example `choices: [Urban, Rural]`")
        case .emptySection(let id):
            return (fr: "la section `\(id)` n'a aucune question : ajoutez des questions ou retirez la section",
                    en: "the section `\(id)` has no questions: add questions or remove the section")
        case .noSections:
            return (fr: "la grille n'a aucune section : ajoutez `sections:` avec au moins une section",
                    en: "the grid has no sections: add `sections:` with at least one section")
        case .condition(let error):
            return error.wording
        case .unsupportedLanguage(let code):
            return (fr: "la langue `\(code)` n'est pas prise en charge : écrivez `language: fr` ou `language: en`",
                    en: "the language `\(code)` is not supported: write `language: fr` or `language: en`")
        case .missingTranslation(let language):
            return (fr: "ce texte n'est pas donné en `\(language.rawValue)`, une des langues de la grille (`languages`) : écrivez-le `{fr: \"…\", en: \"…\"}`",
                    en: "this text is not given in `\(language.rawValue)`, one of the grid's `languages`: write it as `{fr: \"…\", en: \"…\"}`")
        case .undeclaredLanguage(let code):
            return (fr: "la langue `\(code)` n'est pas dans `languages` : ajoutez-la à `languages` ou retirez ce texte",
                    en: "the language `\(code)` is not in `languages`: add it to `languages` or remove this text")
        case .primaryLanguageNotListed(let language):
            return (fr: "`languages` doit comprendre la langue de la grille (`language: \(language.rawValue)`)",
                    en: "`languages` must include the grid's language (`language: \(language.rawValue)`)")
        case .conflictingTranslation(let text, let language, let first):
            return (fr: "« \(text) » est déjà traduit autrement en `\(language.rawValue)` (« \(first) ») : un même texte a une seule traduction",
                    en: "“\(text)” is already translated differently in `\(language.rawValue)` (“\(first)”): one text has one translation")
        case .template(let error):
            return Self.templateWording(error.kind)
        case .lineKind:
            return (fr: "une ligne de `lines` s'écrit avec un seul de `text`, `bullet` ou `lead`, par exemple `- bullet: \"{activites}\"`",
                    en: "a line of `lines` takes exactly one of `text`, `bullet` or `lead`, for example `- bullet: \"{activities}\"`")
        case .leadWithoutBullets:
            return (fr: "une ligne `lead` introduit des puces : ajoutez `bullets:` avec au moins une puce",
                    en: "a `lead` line introduces bullets: add `bullets:` with at least one bullet")
        case .entryWithoutContent:
            return (fr: "une entrée de `case_file` demande `from:` (des questions) ou `lines:` (des phrases) : ajoutez l'un des deux",
                    en: "a `case_file` entry needs `from:` (questions) or `lines:` (sentences): add one of them")
        case .statusColumnClash(let id, let other):
            return (fr: "l'identifiant `\(id)` est le nom de la colonne de statut de `\(other)` dans le CSV : renommez la question (ex. `\(other)_etat`)",
                    en: "the id `\(id)` is the name of `\(other)`'s status column in the CSV: rename the question (e.g. `\(other)_state`)")
        case .consentNotYesNo(let id, let type):
            return (fr: "`consent` nomme `\(id)`, une question de type `\(type.rawValue)` : un consentement est une question `yesno`",
                    en: "`consent` names `\(id)`, a `\(type.rawValue)` question: consent is recorded by a `yesno` question")
        }
    }

    /// What is wrong in a fiche sentence, and how to write it.
    private static func templateWording(_ kind: FicheTemplate.SyntaxError.Kind) -> Wording {
        switch kind {
        case .unclosedPlaceholder:
            return (fr: "`{` n'est jamais fermée : écrivez `{identifiant}`, ou `{{` pour une accolade",
                    en: "`{` is never closed: write `{question_id}`, or `{{` for a brace")
        case .emptyPlaceholder:
            return (fr: "`{}` ne nomme aucune question : écrivez `{identifiant}`",
                    en: "`{}` names no question: write `{question_id}`")
        case .strayClosingBrace:
            return (fr: "`}` sans `{` : écrivez `}}` pour une accolade",
                    en: "`}` without `{`: write `}}` for a brace")
        case .invalidPlaceholder(let text):
            return (fr: "`{\(text)}` ne nomme pas une question : entre accolades, un seul identifiant",
                    en: "`{\(text)}` does not name a question: braces hold one question id")
        }
    }

    /// What holds a field (`grid`, `question`, `case_file entry`…), named in each language.
    private static func ownerName(_ owner: String) -> Wording {
        switch owner {
        case "grid": return (fr: "grille", en: owner)
        case "theme": return (fr: "thème", en: owner)
        case "choice": return (fr: "choix", en: owner)
        case "case_file section": return (fr: "section de `case_file`", en: owner)
        case "case_file entry": return (fr: "entrée de `case_file`", en: owner)
        case "case_file line": return (fr: "ligne de `case_file`", en: owner)
        case "unit": return (fr: "unité", en: owner)
        default: return (fr: owner, en: owner)
        }
    }

    /// What an id names, in each language.
    private static func idName(_ kind: IDKind) -> Wording {
        switch kind {
        case .question, .section, .code: return (fr: kind.rawValue, en: kind.rawValue)
        case .theme: return (fr: "thème", en: kind.rawValue)
        case .choice: return (fr: "choix", en: kind.rawValue)
        case .grid: return (fr: "grille", en: kind.rawValue)
        }
    }

    /// The kind of value a field must hold, in each language.
    private static func kindName(_ kind: ValueKind) -> Wording {
        switch kind {
        case .text: return (fr: "un texte", en: "a text")
        case .integer: return (fr: "un nombre entier", en: "a whole number")
        case .number: return (fr: "un nombre", en: "a number")
        case .boolean: return (fr: "`true` ou `false`", en: "`true` or `false`")
        case .list: return (fr: "une liste", en: "a list")
        case .mapping: return (fr: "un ensemble de champs `clé: valeur`", en: "a set of `key: value` fields")
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
