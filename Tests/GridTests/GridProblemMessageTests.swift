import Testing
@testable import Grid

@Suite("Grid problem messages")
struct GridProblemMessageTests {
    /// Every syntax error reason of the condition language.
    static let conditionErrors: [ConditionSyntaxError] = [
        .init(.unexpectedCharacter("="), at: 2),
        .init(.unclosedQuote, at: 5),
        .init(.expectedQuestion(found: "=="), at: 0),
        .init(.expectedQuestion(found: ""), at: 12),
        .init(.expectedOperator(after: "a", found: "yes"), at: 2),
        .init(.expectedOperator(after: "a", found: ""), at: 1),
        .init(.expectedValue(found: "("), at: 5),
        .init(.expectedValue(found: ""), at: 4),
        .init(.expectedClosing(")", found: ""), at: 7),
        .init(.expectedClosing("]", found: "y"), at: 8),
        .init(.trailing("b"), at: 7),
        .init(.empty, at: 0),
        .init(.tooDeep(limit: 100), at: 100),
    ]

    /// Every case of `GridProblem`, with each owner, kind and place the loader uses.
    static let problems: [GridProblem] = {
        var problems: [GridProblem] = [
            .emptyFile, .notText, .tabIndentation, .unclosedQuote, .colonInPlainText,
            .yamlSyntax("did not find expected ',' or ']'"),
            .duplicateKey("version"),
            .unknownType("texte", suggestion: "text"),
            .unknownType("paragraph", suggestion: nil),
            .rankWithoutFrom,
            .rankSourceNotList("statut", type: .choice),
            .countBelowOne(0),
            .minAboveMax(min: 100, max: 0.5),
            .noChoices(.choice), .noChoices(.multichoice),
            .emptySection("vide"),
            .noSections,
            .unsupportedLanguage("de"),
            .missingTranslation(.en), .undeclaredLanguage("en"), .primaryLanguageNotListed(.fr),
            .conflictingTranslation("Oui", language: .en, first: "Yes"),
            .template(.init(kind: .unclosedPlaceholder, offset: 3)),
            .template(.init(kind: .emptyPlaceholder, offset: 0)),
            .template(.init(kind: .strayClosingBrace, offset: 5)),
            .template(.init(kind: .invalidPlaceholder("taille ca"), offset: 2)),
            .lineKind,
            .leadWithoutBullets,
            .entryWithoutContent,
            .consentNotYesNo("statut", type: .choice),
            .statusColumnClash("besoin_status", other: "besoin"),
        ]
        let owners = ["grid", "section", "question", "theme", "code", "choice", "case_file section", "case_file entry",
                      "case_file line", "unit", "consent"]
        for owner in owners {
            problems.append(.notAMapping(owner: owner))
            problems.append(.missingField("id", owner: owner))
            problems.append(.unknownField("requried", owner: owner, suggestion: "required"))
            problems.append(.unknownField("colour", owner: owner, suggestion: nil))
        }
        for kind in [GridProblem.ValueKind.text, .integer, .number, .boolean, .list, .mapping] {
            problems.append(.wrongKind(field: "version", expected: kind))
        }
        for kind in [GridProblem.IDKind.question, .section, .theme, .code, .choice, .grid] {
            problems.append(.invalidID("Nom de l'organisme", kind: kind))
            problems.append(.invalidID("—", kind: kind))
            problems.append(.duplicateID("nom", kind: kind, firstLine: 7))
        }
        for place in [GridProblem.ReferencePlace.when, .from, .caseFile, .titleFrom, .subtitleFrom, .summaryFrom, .template, .kicker, .consent] {
            problems.append(.unknownQuestion("mision", place: place, suggestion: "mission"))
            problems.append(.unknownQuestion("zzz", place: place, suggestion: nil))
            problems.append(.laterQuestion("b", place: place))
        }
        problems += conditionErrors.map { .condition($0) }
        return problems
    }()

    /// The case's name, with an exhaustive switch so that a new case fails to compile here.
    static func caseName(_ problem: GridProblem) -> String {
        switch problem {
        case .emptyFile: "emptyFile"
        case .notText: "notText"
        case .tabIndentation: "tabIndentation"
        case .unclosedQuote: "unclosedQuote"
        case .colonInPlainText: "colonInPlainText"
        case .yamlSyntax: "yamlSyntax"
        case .duplicateKey: "duplicateKey"
        case .notAMapping: "notAMapping"
        case .missingField: "missingField"
        case .wrongKind: "wrongKind"
        case .unknownField: "unknownField"
        case .unknownType: "unknownType"
        case .invalidID: "invalidID"
        case .duplicateID: "duplicateID"
        case .unknownQuestion: "unknownQuestion"
        case .laterQuestion: "laterQuestion"
        case .rankWithoutFrom: "rankWithoutFrom"
        case .rankSourceNotList: "rankSourceNotList"
        case .countBelowOne: "countBelowOne"
        case .minAboveMax: "minAboveMax"
        case .noChoices: "noChoices"
        case .emptySection: "emptySection"
        case .noSections: "noSections"
        case .condition: "condition"
        case .unsupportedLanguage: "unsupportedLanguage"
        case .missingTranslation: "missingTranslation"
        case .undeclaredLanguage: "undeclaredLanguage"
        case .primaryLanguageNotListed: "primaryLanguageNotListed"
        case .conflictingTranslation: "conflictingTranslation"
        case .template: "template"
        case .lineKind: "lineKind"
        case .leadWithoutBullets: "leadWithoutBullets"
        case .entryWithoutContent: "entryWithoutContent"
        case .consentNotYesNo: "consentNotYesNo"
        case .statusColumnClash: "statusColumnClash"
        }
    }

    @Test("The samples cover every case of GridProblem")
    func samplesCoverEveryCase() {
        #expect(Set(Self.problems.map(Self.caseName)).count == 35)
    }

    @Test("Every message is one non-empty line in both languages", arguments: problems)
    func messagesAreOneLine(problem: GridProblem) {
        for language in Language.allCases {
            let message = problem.message(in: language)
            #expect(!message.trimmingCharacters(in: .whitespaces).isEmpty)
            #expect(!message.contains { $0.isNewline }, "\(language): \(message)")
            #expect(message == message.trimmingCharacters(in: .whitespaces))
        }
    }

    @Test("French and English messages differ", arguments: problems)
    func frenchAndEnglishDiffer(problem: GridProblem) {
        #expect(problem.message(in: .fr) != problem.message(in: .en))
    }

    @Test("Messages name the field, id or value concerned")
    func messagesNameWhatIsConcerned() {
        for language in Language.allCases {
            #expect(GridProblem.unknownField("requried", owner: "question", suggestion: "required")
                .message(in: language).contains("`required`"))
            #expect(GridProblem.duplicateID("nom", kind: .question, firstLine: 7).message(in: language).contains("7"))
            #expect(GridProblem.unknownQuestion("mision", place: .caseFile, suggestion: "mission")
                .message(in: language).contains("`case_file`"))
            #expect(GridProblem.minAboveMax(min: 100, max: 0.5).message(in: language).contains("100"))
            #expect(GridProblem.minAboveMax(min: 100, max: 0.5).message(in: language).contains("0.5"))
            #expect(GridProblem.invalidID("Nom de l'organisme", kind: .question)
                .message(in: language).contains("`nom-de-l-organisme`"))
        }
    }

    @Test("A few English messages, word for word")
    func englishWording() {
        #expect(GridProblem.emptyFile.message(in: .en)
            == "the file is empty: a grid needs at least `grid`, `version` and `sections`")
        #expect(GridProblem.missingField("type", owner: "question").message(in: .en)
            == "this question has no `type`, which is required: add `type: …`")
        #expect(GridProblem.wrongKind(field: "required", expected: .boolean).message(in: .en)
            == "`required` must be `true` or `false`, for example `required: true`")
        #expect(GridProblem.unknownType("texte", suggestion: "text").message(in: .en)
            == "unknown question type `texte`: did you mean `text`? the types are text, list, integer, decimal, percent, money, year, date, choice, multichoice, yesno, rank, email, phone, url")
        #expect(GridProblem.condition(.init(.expectedValue(found: ""), at: 4)).message(in: .en)
            == "`when` condition: expected a value (yes, no, a number, a choice id), found the end of the condition")
    }

    @Test("A few French messages, word for word")
    func frenchWording() {
        #expect(GridProblem.noSections.message(in: .fr)
            == "la grille n'a aucune section : ajoutez `sections:` avec au moins une section")
        #expect(GridProblem.wrongKind(field: "version", expected: .integer).message(in: .fr)
            == "`version` doit être un nombre entier, par exemple `version: 3`")
        #expect(GridProblem.condition(.init(.expectedQuestion(found: "=="), at: 0)).message(in: .fr)
            == "condition `when` : on attend l'identifiant d'une question, trouvé « == » ; écrivez par exemple `when: financement_solidaire == yes`")
    }

    @Test("A field name holding a line break is still shown on one line")
    func fieldNamesAreShownOnOneLine() {
        let issues = InlineGrid.issues("""
            grid: g
            version: 1
            "sec\\ntions": []
            """)
        for found in issues {
            #expect(!found.description(in: .en).contains { $0.isNewline })
        }
    }
}
